package org.sujarit.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.opendata.TestBudgets;

/**
 * An อบจ. reporter downloads the budget template, fills it in (one mistyped amount, one negative amount),
 * uploads it, sees the failing cells highlighted, corrects the lines where they are, checks again and
 * downloads the open-data CSV; the อบจ.'s approver then publishes it, and the dataset is in Sujarit's DCAT
 * catalogue and its CKAN-compatible API (the demo sets up no portal, so it goes to Sujarit's catalogue).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sujarit.demo=true", "sujarit.db.embedded-data-dir=target/test-postgres-journeys",
				"sujarit.files.root=target/test-files-journeys" })
@ActiveProfiles("test")
class OpenBudgetJourneyTests {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void aReporterUploadsTheTemplateFixesTheHighlightedCellAndDownloadsTheCsv() throws Exception {
		try (Browser browser = new Browser("http://localhost:" + port, "open-budget", downloads)) {
			browser.signIn("reporter.pao-chiangmai", ReportingJourneyTests.DEMO_PASSWORD).open("/home");
			browser.click("a[href='/opendata']").screenshot("budget-data");
			String year = browser.find("#fiscalYear").getDomProperty("value");
			assertThat(browser.find("#laoCode").getDomProperty("value")).isEqualTo(TestBudgets.CHIANG_MAI);

			// the template comes down as a workbook
			browser.find("#template-download").click();
			Path template = downloads.resolve("budget-template-" + year + ".xlsx");
			await(browser, template);

			// the officer fills it in; one amount is mistyped, so งบดำเนินงาน no longer adds up
			List<List<String>> rows = TestBudgets.smallBudget();
			for (List<String> row : rows) {
				row.set(0, "");
				row.set(1, "");
			}
			rows.get(2).set(10, "59,999.50");
			rows.get(5).set(10, "-200,000");
			Path filled = downloads.resolve("งบประมาณ-อบจ.เชียงใหม่.xlsx");
			try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in);
					OutputStream out = Files.newOutputStream(filled)) {
				XSSFSheet sheet = workbook.getSheet("budget");
				for (int r = 0; r < rows.size(); r++) {
					XSSFRow row = sheet.createRow(r + 2);
					for (int c = 0; c < rows.get(r).size(); c++) {
						if (!rows.get(r).get(c).isEmpty()) {
							row.createCell(c).setCellValue(rows.get(r).get(c));
						}
					}
				}
				workbook.write(out);
			}
			browser.upload("#file", filled).click("form[action$='/opendata/upload'] button[type=submit]");
			browser.find("[data-state=INVALID]");
			assertThat(browser.text()).contains("ยอดรวมงบดำเนินงาน ที่พิมพ์ไว้ 300,000.00 บาท");
			assertThat(browser.findAll("#report tr[data-code=negative-amount]")).hasSize(1);
			// the printed totals that do not add up and the negative amount: each failing cell is highlighted
			assertThat(browser.findAll("td.cell-error[data-field=amount]")).hasSizeGreaterThanOrEqualTo(4);
			assertThat(browser.driver()
				.findElements(By.xpath("//td[@data-field='amount' and starts-with(normalize-space(),'-')]"))).singleElement()
				.satisfies(cell -> assertThat(cell.getDomAttribute("class")).contains("cell-error"));
			browser.screenshot("highlighted-cells");

			// the officer corrects the mistyped line in place
			WebElement edit = browser.driver()
				.findElement(By.xpath("//tr[td[@data-field='amount' and normalize-space()='59,999.50']]//button"));
			edit.click();
			browser.type("tr.editing input[name=amount]", "49,999.50").screenshot("editing");
			browser.click("tr.editing button[data-save]");
			browser.find("[data-saved]");
			browser.find("[data-state=UPLOADED]");
			browser.screenshot("saved");
			browser.driver()
				.findElement(By.xpath("//tr[td[@data-field='amount' and starts-with(normalize-space(),'-')]]//button"))
				.click();
			browser.type("tr.editing input[name=amount]", "200,000");
			browser.click("tr.editing button[data-save]");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d
				.findElements(By.xpath("//td[@data-field='amount' and starts-with(normalize-space(),'-')]"))
				.isEmpty());

			// checks again: valid, and the open data can be downloaded
			browser.click("#validate");
			browser.find("#checked-valid");
			assertThat(browser.findAll("td.cell-error")).isEmpty();
			assertThat(browser.find("[data-stars-published]").getText()).isEqualTo("★★★★");
			browser.screenshot("valid");
			browser.find("#download-csv").click();
			Path csv = downloads.resolve("budget-" + TestBudgets.CHIANG_MAI + "-" + year + "-ordinance.csv");
			await(browser, csv);
			String content = Files.readString(csv, StandardCharsets.UTF_8);
			assertThat(content).startsWith("line_no,lao_code,lao_name,fiscal_year,").contains("49999.50",
					"องค์การบริหารส่วนจังหวัดเชียงใหม่", "/public/opendata/codes/plan/education");
			assertThat(content.split("\r\n")).hasSize(5);
			String documentPage = browser.url();
			browser.signOut();

			// the อบจ.'s approver publishes it
			browser.signIn("approver.pao-chiangmai", ReportingJourneyTests.DEMO_PASSWORD).open(documentPage.replaceFirst("^https?://[^/]+", ""));
			browser.click("#publish-button");
			browser.find("#publish-result li[data-status=PUBLISHED]");
			browser.find("[data-state=PUBLISHED]");
			browser.screenshot("published");
			String slug = "lao-" + TestBudgets.CHIANG_MAI + "-budget-" + year;

			// anyone (no sign-in) finds it in the DCAT catalogue and the CKAN-compatible API
			assertThat(anonymous("/catalog.jsonld")).contains(slug, "องค์การบริหารส่วนจังหวัดเชียงใหม่");
			assertThat(anonymous("/api/3/action/package_show?id=" + slug)).contains("\"success\":true",
					"\"name\":\"" + slug + "\"");

			// and in the public budget explorer: a citizen, not signed in, finds the อบจ., reads its budget by
			// plan and budget group, searches a line and takes the CSV as published
			browser.signOut();
			browser.open("/public/budgets").type("#q", "เชียงใหม่").click("#explorer-filters button[type=submit]");
			browser.click("#lao-list tr[data-lao='" + TestBudgets.CHIANG_MAI + "'] a");
			browser.find("svg#plan-map rect");
			browser.find("svg#group-map rect");
			assertThat(browser.find("#budget-total").getText()).isEqualTo("1,500,000.00");
			assertThat(browser.find("#plan-table").getText()).contains("แผนงานการศึกษา");
			browser.screenshot("explorer-budget");
			browser.type("#line-q", "วัสดุสำนักงาน").click("#line-search button[type=submit]");
			assertThat(browser.findAll("#line-table tbody tr")).hasSize(1);
			assertThat(browser.find("#line-table").getText()).contains("49,999.50");
			browser.screenshot("explorer-line-search");
			Files.delete(csv);
			browser.find("#download-csv").click();
			await(browser, csv);
			assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("49999.50");
		}
	}

	private String anonymous(String path) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}
	}

	private void await(Browser browser, Path file) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Files.exists(file) && !partial());
		assertThat(file).isRegularFile();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.jsReturnsValue("return 1;"));
	}

	private boolean partial() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
