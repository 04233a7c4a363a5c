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

/**
 * A member of the public follows the CPI and the published progress without signing in and downloads the
 * open data as CSV; then a working-group member opens the group's portfolio and one of its sources.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class PublicDataAndPortfolioJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void visitorsFollowTheCpiAndTheProgressAndAWorkingGroupItsPortfolio() throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, "public-data", downloads)) {
			// a visitor comes to the landing page and opens the CPI dashboard
			browser.open("/").screenshot("landing");
			browser.click("#public-cpi").find("canvas#cpi-history[data-drawn]");
			browser.screenshot("public-cpi");
			assertThat(browser.text()).contains("ช่วงความเชื่อมั่น", "คณะทำงาน", "เป้าหมาย");
			assertThat(browser.findAll("a[href='/api/v1/public/cpi/sources.csv']")).hasSize(1);
			browser.click("a[href='/public/cpi/asean']").find("canvas#cpi-asean[data-drawn]");
			assertThat(browser.text()).contains("สิงคโปร์");
			browser.screenshot("public-asean");

			// then the published progress, narrowed to one recommendation source
			browser.open("/public/progress").screenshot("public-progress");
			assertThat(browser.findAll(".public-source")).isNotEmpty();
			String source = browser.find("table.source-counts tbody tr[data-source] th a").getText();
			browser.click("table.source-counts tbody tr[data-source] th a");
			assertThat(browser.findAll(".public-source")).hasSize(1);
			assertThat(browser.find(".public-source h2").getText()).isEqualTo(source);
			browser.screenshot("public-progress-one-source");

			// and downloads it as CSV
			String href = browser.find("#progress-csv").getDomAttribute("href");
			String round = href.substring(href.lastIndexOf('/') + 1, href.indexOf(".csv"));
			browser.find("#progress-csv").click(); // a download: the page stays
			Path csv = downloads.resolve("sujarit-progress-" + round + ".csv");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Files.exists(csv) && !partial());
			String content = Files.readString(csv, StandardCharsets.UTF_8);
			assertThat(content).startsWith("round_id,fiscal_year,round_kind,source_code,source_name,").contains(",LEAD,");
			assertThat(content.split("\r\n").length).isGreaterThan(1);

			// a working-group member signs in and opens the group's portfolio from the CPI dashboard
			browser.signIn("wg.bribery", ReportingJourneyTests.DEMO_PASSWORD).open("/cpi");
			browser.click("#my-group");
			assertThat(browser.text()).contains("คณะทำงานของท่าน", "WEF", "IMD", "PRS", "GI");
			browser.screenshot("group-portfolio");
			int activities = Integer.parseInt(browser.find("[data-count=activities]").getText());
			assertThat(activities).as("the demo plan's activities aimed at the group's sources").isPositive();
			assertThat(browser.findAll("table.portfolio tbody tr")).hasSize(activities);
			browser.click("table.group-sources tbody tr[data-source=WEF] th a");
			assertThat(browser.text()).contains("World Economic Forum", "นักธุรกิจในประเทศ", "ปีงบประมาณ");
			browser.find("canvas#cpi-source-history[data-drawn]");
			browser.screenshot("source-portfolio");
		}
	}

	/** Chromium is still writing a download. */
	private boolean partial() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
