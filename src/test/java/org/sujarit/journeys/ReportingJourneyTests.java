package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole reporting workflow as people do it, in a real headless Chromium against the demo system: an
 * officer requests an account, the coordinator approves it, the officer fills a report with evidence and
 * submits it, the agency approver approves, the coordinator returns it with a reason, the officer corrects
 * and resubmits, it is approved and accepted, and the coordinator exports the round to Excel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class ReportingJourneyTests {

	static final String DEMO_PASSWORD = "sujarit-demo";

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void aReportTravelsFromAccountRequestToTheExportedRoundTable() throws Exception {
		String base = "http://localhost:" + port;
		try (Browser browser = new Browser(base, "reporting", downloads)) {
			// an officer of สำนักงาน ก.พ.ร. asks for an account
			browser.open("/account-requests/new?q=" + java.net.URLEncoder.encode("ก.พ.ร.", StandardCharsets.UTF_8))
				.screenshot("request-form");
			browser.click("#agency-choices input[name=agencyId]")
				.click("input[name=role][value=AGENCY_REPORTER]")
				.type("#fullName", "สมหญิง ใจซื่อ")
				.type("#positionTh", "นักวิเคราะห์นโยบายและแผน")
				.type("#email", "somying@opdc.example")
				.type("#username", "somying.j")
				.type("#password", "ซื่อสัตย์สุจริต2569")
				.type("#passwordConfirm", "ซื่อสัตย์สุจริต2569")
				.screenshot("request-filled")
				.click("form[action$='/account-requests'] button[type=submit]");
			assertThat(browser.text()).contains("ได้รับคำขอแล้ว");
			browser.screenshot("request-sent");

			// the PACC coordinator approves it
			browser.signIn("coordinator", DEMO_PASSWORD).open("/directory/account-requests");
			assertThat(browser.text()).contains("สมหญิง ใจซื่อ");
			browser.screenshot("requests-pending");
			approveRequestOf(browser, "somying.j");
			browser.screenshot("request-approved");
			browser.signOut();

			// the officer fills the first report still to do, attaches evidence and submits
			browser.signIn("somying.j", "ซื่อสัตย์สุจริต2569").open("/reporting/reports?state=EXPECTED");
			browser.screenshot("my-reports");
			browser.click("table tbody tr td a");
			String reportUrl = browser.url();
			browser.select("#progressStatus", "ON_TRACK")
				.type("#narrative", "จัดอบรมเจ้าหน้าที่ด้านคุณธรรมและความโปร่งใส 3 รุ่น ผู้เข้าร่วม 180 คน")
				.type("#budgetAllocated", "๑,๒๐๐,๐๐๐")
				.type("#budgetDisbursed", "850000.50");
			browser.findAll("input[id^=kpi-]").forEach(input -> input.sendKeys("180"));
			browser.screenshot("report-filled").click("button[name=action][value=save]");
			assertThat(browser.text()).contains("บันทึกร่างแล้ว");
			Path evidence = downloads.resolve("หลักฐานการอบรม.pdf");
			Files.write(evidence, minimalPdf());
			browser.upload("#file", evidence).click("form[action$='/evidence'] button[type=submit]");
			assertThat(browser.text()).contains("หลักฐานการอบรม.pdf");
			browser.screenshot("evidence-attached").click("button[name=action][value=submit]");
			assertThat(browser.text()).contains("ส่งรายงานแล้ว");
			browser.screenshot("report-submitted");
			browser.signOut();

			// the agency's approver approves
			browser.signIn("approver.opdc", DEMO_PASSWORD).open(path(reportUrl));
			browser.click("form[action$='/approve'] button");
			assertThat(browser.text()).contains("อนุมัติรายงานแล้ว");
			browser.screenshot("report-approved");
			browser.signOut();

			// the coordinator returns it with a reason and a comment on the results
			browser.signIn("coordinator", DEMO_PASSWORD).open(path(reportUrl));
			browser.click("details.card summary")
				.type("#return-reason", "กรุณาระบุผลลัพธ์เชิงคุณภาพของการอบรม")
				.type("#comment-narrative", "เพิ่มผลการประเมินความพึงพอใจ")
				.click("form[action$='/return'] button[type=submit]");
			assertThat(browser.text()).contains("ส่งรายงานกลับให้หน่วยงานแก้ไขแล้ว");
			browser.screenshot("report-returned");
			browser.signOut();

			// the officer sees why, corrects and resubmits
			browser.signIn("somying.j", "ซื่อสัตย์สุจริต2569").open(path(reportUrl));
			assertThat(browser.text()).contains("กรุณาระบุผลลัพธ์เชิงคุณภาพของการอบรม", "เพิ่มผลการประเมินความพึงพอใจ");
			browser.type("#narrative",
					"จัดอบรมเจ้าหน้าที่ด้านคุณธรรมและความโปร่งใส 3 รุ่น ผู้เข้าร่วม 180 คน ความพึงพอใจร้อยละ 83.24");
			browser.screenshot("report-corrected").click("button[name=action][value=submit]");
			assertThat(browser.text()).contains("ส่งรายงานแล้ว");
			browser.signOut();

			browser.signIn("approver.opdc", DEMO_PASSWORD).open(path(reportUrl)).click("form[action$='/approve'] button");
			browser.signOut();

			// the coordinator accepts; the report is locked, its versions can be compared
			browser.signIn("coordinator", DEMO_PASSWORD).open(path(reportUrl)).click("form[action$='/accept'] button");
			assertThat(browser.text()).contains("รับรายงานแล้ว");
			browser.screenshot("report-accepted");
			browser.click("table tbody tr:nth-last-child(3) a[href*='/versions/']");
			assertThat(browser.text()).contains("83.24");
			browser.screenshot("version-diff");

			// the whole history: every version and the audit entries, unfolded
			browser.open(path(reportUrl) + "/history");
			assertThat(browser.text()).contains("ประวัติทั้งหมดของรายงาน", "somying.j · แก้ไข", "approver.opdc");
			assertThat(browser.findAll("table tbody tr a[href*='/versions/']")).hasSizeGreaterThanOrEqualTo(5);
			browser.screenshot("whole-history");

			// and exports the round's progress table
			browser.open("/reporting/dashboard").screenshot("dashboard");
			String exportPath = browser.find("a[href*='export.xlsx']").getDomAttribute("href");
			byte[] workbook = fetch(base + exportPath, browser.cookie("SESSION"));
			try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
				Sheet sheet = xlsx.getSheetAt(0);
				boolean found = false;
				for (Row row : sheet) {
					if (row.getCell(5) != null && row.getCell(5).getStringCellValue().contains("ความพึงพอใจร้อยละ 83.24")) {
						found = true;
						assertThat(row.getCell(4).getStringCellValue()).contains("สำนักงานคณะกรรมการพัฒนาระบบราชการ");
					}
				}
				assertThat(found).as("the accepted report is in the exported table").isTrue();
			}
		}
	}

	private static void approveRequestOf(Browser browser, String username) {
		var rows = browser.findAll("table tbody tr");
		for (var row : rows) {
			if (row.getText().contains(username)) {
				var button = row.findElement(org.openqa.selenium.By.cssSelector("form[action*='/approve'] button"));
				var page = browserDriver(browser).findElement(org.openqa.selenium.By.tagName("html"));
				button.click();
				Alert alert = new org.openqa.selenium.support.ui.WebDriverWait(browserDriver(browser), java.time.Duration.ofSeconds(5))
					.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
				alert.accept();
				browser.awaitNewPage(page);
				return;
			}
		}
		throw new AssertionError("no pending request of " + username);
	}

	private static org.openqa.selenium.WebDriver browserDriver(Browser browser) {
		return browser.driver();
	}

	private static String path(String url) {
		return URI.create(url).getPath();
	}

	private static byte[] fetch(String url, String session) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** A one-page PDF, enough for content detection to see a real PDF. */
	static byte[] minimalPdf() {
		String pdf = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return pdf.getBytes(StandardCharsets.US_ASCII);
	}

}
