package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.opendata.TestBudgets;

/**
 * The PACC coordinator checks a province's compilation of LAO budgets in one go: a file whose LAOs are out
 * of order is explained on the page and packages nothing; once sorted, the packages of every valid LAO
 * arrive as one zip with the report of every LAO.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class OpenBudgetBatchJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@TempDir
	Path files;

	@Test
	void aCoordinatorSortsAProvincesFileAndDownloadsThePackagesOfTheValidLaos() throws Exception {
		String sorted = TestBudgets.twoLaosCsv();
		String[] rows = sorted.split("\r\n");
		Path split = Files.writeString(files.resolve("งบหลาย-อปท-ไม่เรียง.csv"), sorted + rows[1] + "\r\n");
		Path good = Files.writeString(files.resolve("งบหลาย-อปท.csv"), sorted);
		try (Browser browser = new Browser("http://localhost:" + port, "open-budget-batch", downloads)) {
			browser.signIn("coordinator", ReportingJourneyTests.DEMO_PASSWORD).open("/opendata/validate");
			browser.find("#batch");
			browser.upload("#batch-file", split).click("#batch-submit");
			assertThat(browser.find("#validate-problem").getText()).contains("เรียงไฟล์ตามรหัส อปท.");
			assertThat(browser.find("#validate-issues").getText()).contains("lao-split");
			browser.screenshot("split-refused");

			browser.upload("#batch-file", good);
			browser.find("#batch-submit").click(); // a download: the page stays
			new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> zip() != null);
			List<String> names = new ArrayList<>();
			String report = null;
			try (InputStream in = Files.newInputStream(zip()); ZipInputStream entries = new ZipInputStream(in)) {
				for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
					names.add(entry.getName());
					if (entry.getName().equals("report.csv")) {
						report = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
			assertThat(names).contains(TestBudgets.PHAYAO + "/budget-" + TestBudgets.PHAYAO + "-2569-ordinance.xlsx")
				.noneMatch(name -> name.startsWith(TestBudgets.CHIANG_MAI));
			assertThat(report).contains(TestBudgets.PHAYAO, TestBudgets.CHIANG_MAI);
		}
	}

	/** The zip once Chromium has finished writing it (its partial download has another name). */
	private Path zip() {
		try (Stream<Path> found = Files.list(downloads)) {
			return found.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
