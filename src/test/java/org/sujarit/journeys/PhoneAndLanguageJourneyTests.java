package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An agency officer on a phone: pages fit the screen without sideways scrolling, the language switches to
 * English and back, and Thai digits can be chosen for dates and numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class PhoneAndLanguageJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void anOfficerReportsFromAPhoneInThaiOrEnglish() {
		try (Browser phone = new Browser("http://localhost:" + port, "phone", downloads, "390,844")) {
			phone.open("/").screenshot("landing");
			assertThat(phone.overflowsSideways()).as("landing fits a phone").isFalse();
			phone.open("/public/progress").screenshot("public-progress");
			phone.open("/public/cpi").find("canvas[data-drawn]");
			phone.screenshot("public-cpi");
			assertThat(phone.text()).contains("34");
			assertThat(phone.overflowsSideways()).as("CPI dashboard fits a phone").isFalse();
			phone.signIn("reporter.bb", ReportingJourneyTests.DEMO_PASSWORD).open("/reporting/reports");
			phone.screenshot("reports");
			phone.click("table tbody tr td a").screenshot("report");
			assertThat(phone.overflowsSideways()).as("report form fits a phone").isFalse();
			assertThat(phone.text()).contains("ผลการดำเนินงาน", "กำหนดส่ง");

			phone.click("a[hreflang=en]").screenshot("report-english");
			assertThat(phone.text()).contains("Results", "Due date", "Save draft").doesNotContain("บันทึกร่าง");

			phone.open("/reporting/reports?lang=th&digits=thai").screenshot("reports-thai-digits");
			assertThat(phone.text()).containsPattern("[๐-๙]{1,2} [ก-ฮ]\\.[ก-ฮ]\\. [๐-๙]{2}");
		}
	}

}
