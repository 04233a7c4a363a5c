package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.opendata.TestBudgets;

/**
 * The PACC coordinator follows the open-budget-data drive: how far the 76 อบจ. are from the target, where
 * each province stands, and the list of local governments to chase, downloaded for the phone calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class OpenBudgetProgressJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void aCoordinatorSeesThePaoTargetFiltersAProvinceDownloadsTheListToChaseAndRemindsIt() throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, "open-budget-progress", downloads)) {
			browser.signIn("coordinator", ReportingJourneyTests.DEMO_PASSWORD).open("/opendata");
			browser.click("#progress-link");
			browser.find("canvas#progress-by-type[data-drawn]");
			assertThat(browser.find("#pao-target").getText()).contains("อบจ.", "76");
			assertThat(browser.findAll("#totals [data-state]")).hasSize(6);
			browser.screenshot("progress");

			// พะเยา's อบจ. has not published this year's ordinance yet (its demo budget is last year's): to chase
			browser.select("#province", "56").select("#laoType", "PROVINCIAL_ADMIN_ORG")
				.click("#progress-filters button[type=submit]");
			assertThat(browser.findAll("#lao-list tbody tr")).hasSize(1);
			assertThat(browser.find("#lao-list").getText()).contains(TestBudgets.PHAYAO, "พะเยา");
			browser.screenshot("chase-phayao");

			browser.find("#download-csv").click(); // a download: the page stays
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> csv() != null);
			String content = Files.readString(csv(), StandardCharsets.UTF_8);
			assertThat(content).contains(TestBudgets.PHAYAO).doesNotContain(TestBudgets.CHIANG_MAI);

			// remind the list: one Thai e-mail to พะเยา's accounts, in the outbox
			browser.click("#remind");
			assertThat(browser.find("#notice").getText()).contains("เขียนอีเมลเตือน 1 ฉบับ");
			assertThat(browser.findAll("#lao-list tbody tr")).hasSize(1);
			browser.screenshot("reminded");
			browser.click("#remind-form a");
			assertThat(browser.find("main").getText()).contains("แจ้งเตือน: เผยแพร่ข้อบัญญัติ");
			browser.screenshot("outbox");
		}
	}

	private Path csv() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
