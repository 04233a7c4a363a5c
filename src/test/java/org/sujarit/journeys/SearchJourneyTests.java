package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator searches the demo system's reports in Thai, on a desktop and on a phone: the words are
 * found inside compounds (สินบน in การติดสินบน), marked in the fragments, and a hit leads to its report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class SearchJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void theCoordinatorFindsReportsByThaiWords() {
		try (Browser browser = new Browser("http://localhost:" + port, "search", downloads)) {
			browser.signIn("coordinator", ReportingJourneyTests.DEMO_PASSWORD).click("a[href='/search']");
			browser.find("input[name=q]").sendKeys("สินบน", Keys.ENTER);
			// htmx swaps in the results without leaving the page
			WebElement mark = browser.find("#results .search-fragment mark, #results .search-hit-head mark");
			browser.screenshot("results");
			assertThat(mark.getText()).contains("สินบน");
			assertThat(browser.text()).containsPattern("พบ [0-9,]+ รายการ").contains("คำที่ค้น: สินบน");
			assertThat(browser.url()).contains("q=");
			long reportHits = browser.driver().findElements(By.cssSelector("#results a[href^='/reporting/reports/']")).size();
			assertThat(reportHits).as("reports among the first hits").isPositive();
			// the agency filter is refreshed with the agencies that have hits
			assertThat(browser.findAll("#agency-filter option")).hasSizeGreaterThan(1);

			WebElement before = browser.find("#results");
			browser.select("select[name=state]", "ACCEPTED");
			browser.find("input[name=q]").sendKeys(Keys.ENTER);
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
			browser.find("#results mark");
			browser.screenshot("accepted-only");
			assertThat(browser.driver().findElements(By.cssSelector("#results .search-hit .badge.ACCEPTED"))).isNotEmpty();
			assertThat(browser.driver().findElements(By.cssSelector("#results .search-hit .badge.DRAFT"))).isEmpty();

			browser.click("#results a[href^='/reporting/reports/']").screenshot("report");
			assertThat(browser.url()).contains("/reporting/reports/");
		}
		try (Browser phone = new Browser("http://localhost:" + port, "search-phone", downloads, "390,844")) {
			phone.signIn("coordinator", ReportingJourneyTests.DEMO_PASSWORD).open("/search?q=" + encode("การทุจริต"));
			phone.find("#results mark");
			phone.screenshot("phone-results");
			assertThat(phone.overflowsSideways()).as("search results fit a phone").isFalse();
		}
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
