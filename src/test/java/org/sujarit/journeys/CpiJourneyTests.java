package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.cpi.TiWorkbooks;

/**
 * The CPI subcommittee's coordinator imports TI's latest results workbook (Strict OOXML, as TI publishes
 * it), sees what moved on the dashboards, and tries what a better source score would have done. Runs on
 * its own database: the import replaces years other journeys look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-cpi-journey",
				"sujarit.files.root=target/test-files-cpi-journey" })
@ActiveProfiles("test")
class CpiJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void aCoordinatorImportsTheWorkbookReadsTheDashboardsAndRunsAWhatIf() throws Exception {
		Path workbook = TiWorkbooks.write(TiWorkbooks.strict(TiWorkbooks.results(2024)),
				downloads.resolve("CPI2024_Results.xlsx"));
		try (Browser browser = new Browser("http://localhost:" + port, "cpi", downloads)) {
			browser.signIn("coordinator", ReportingJourneyTests.DEMO_PASSWORD).open("/cpi");
			browser.click("#cpi-import-link").screenshot("import");
			browser.upload("#file", workbook).click("form[action$='/cpi/import'] button[type=submit]");
			assertThat(browser.find("#cpi-import-years").getText()).contains("2567");
			browser.screenshot("import-preview");
			browser.clickAndConfirm("form[action*='/apply'] button[type=submit]");
			browser.find("#cpi-import-applied");
			browser.screenshot("import-applied");

			// the dashboards now show the imported year
			browser.open("/cpi").find("canvas#cpi-history[data-drawn]");
			assertThat(browser.text()).contains("2567");
			browser.screenshot("dashboard");
			browser.open("/cpi/compare?year=2024&group=AP").find("canvas#cpi-asean[data-drawn]");
			assertThat(browser.find("#cpi-compare-thailand").getText()).isNotBlank();
			browser.screenshot("asia-pacific");

			// what if the World Economic Forum's survey had scored Thailand 20 points higher?
			browser.open("/cpi/what-if?year=2024");
			String wef = browser.find("#s_WEF").getDomProperty("value");
			browser.type("#s_WEF", new java.math.BigDecimal(wef).add(java.math.BigDecimal.valueOf(20)).toPlainString())
				.click("form.stack button[type=submit]");
			assertThat(browser.find("#what-if-result").getText()).isNotBlank();
			assertThat(browser.find("#what-if-world").getText()).as("ranked among the workbook's 8 countries")
				.contains("จาก 8 ประเทศ");
			browser.screenshot("what-if");

			// and hands the minister the national report of the round, with the imported year's CPI section
			browser.open("/national-report").select("#cpiYear", "2024").screenshot("national-report");
			browser.find("button[value=pdf]").click(); // a download: the page stays
			new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> downloaded(".pdf") != null);
			try (PDDocument pdf = Loader.loadPDF(downloaded(".pdf").toFile())) {
				String text = new PDFTextStripper().getText(pdf);
				assertThat(text).contains("ผลการประเมินดัชนีการรับรู้การทุจริต", "จาก ๘ ประเทศ");
				assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			}
		}
	}

	/** A finished download with that extension, or null while there is none (or it is still arriving). */
	private Path downloaded(String extension) {
		try (Stream<Path> files = Files.list(downloads)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
				return null;
			}
			return all.stream().filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
