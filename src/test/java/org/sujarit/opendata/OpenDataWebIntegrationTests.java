package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.approver;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The open budget data pages through the real web layer: template download, uploads of the template and
 * of officers' own tables (mapped, TIS-620, Thai digits), refusals, the check with its highlighted cells,
 * inline correction with optimistic locking, re-check, downloads, and every denial.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class OpenDataWebIntegrationTests {

	private static final Pattern DOCUMENT = Pattern.compile("/opendata/documents/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	long phayao;

	long chiangMai;

	@BeforeEach
	void laos() {
		phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		chiangMai = directory.agencyByCode(TestBudgets.CHIANG_MAI).orElseThrow().id();
	}

	private RequestPostProcessor officer() {
		return reporter(phayao);
	}

	private MvcResult upload(RequestPostProcessor who, String lao, String name, String type, byte[] content)
			throws Exception {
		return mvc
			.perform(multipart("/opendata/upload").file(new MockMultipartFile("file", name, type, content))
				.param("laoCode", lao)
				.param("fiscalYear", "2569")
				.param("documentType", "ORDINANCE")
				.with(who)
				.with(csrf()))
			.andReturn();
	}

	private static long documentId(MvcResult result) {
		Matcher matcher = DOCUMENT.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
		assertThat(matcher.find()).as("redirected to a document: " + result.getResponse().getRedirectedUrl()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void anOfficerUploadsTheTemplateSeesTheMismatchFixesItInlineAndDownloadsTheOpenData() throws Exception {
		MvcResult template = mvc.perform(get("/opendata/template.xlsx?fiscalYear=2569").with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("budget-template-2569.xlsx")))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheet("budget").getRow(1).getCell(3).getStringCellValue()).isEqualTo("plan");
			assertThat(workbook.getSheet("budget").getDataValidations()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).contains("2560101");
		}

		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(2).set(10, "59,999.50"); // the officer mistyped one line: งบดำเนินงาน no longer adds up
		MvcResult uploaded = upload(officer(), TestBudgets.PHAYAO, "งบประมาณ 2569.xlsx", TestBudgets.XLSX,
				TestBudgets.templateWorkbook(rows));
		long id = documentId(uploaded);
		String page = mvc.perform(get("/opendata/documents/" + id).with(officer()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"INVALID\"")))
			.andExpect(content().string(containsString("data-code=\"group-total-mismatch\"")))
			.andExpect(content().string(containsString(
					"The printed total of งบดำเนินงาน, 300,000.00 baht, differs from the sum of its 2 lines, 310,000.00 baht (difference -10,000.00).")))
			.andExpect(content().string(containsString("data-code=\"plan-total-mismatch\"")))
			.andExpect(content().string(containsString("data-code=\"grand-total-mismatch\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the failing cells are highlighted where they are: the total rows' amounts (rows 6, 7 and 10)
		assertThat(page).containsPattern("<td data-field=\"amount\"[^>]*class=\"cell-error\"[^>]*>300,000.00</td>");
		assertThat(jdbc.sql("select count(*) from opendata_line where document_id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(8);

		JsonNode report = json.readTree(mvc.perform(get("/opendata/documents/" + id + "/report.json").with(officer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(report.path("valid").asBoolean()).isFalse();
		assertThat(report.path("stats").path("errors").asInt()).isEqualTo(3);
		JsonNode first = report.path("tasks").path(0).path("errors").path(0);
		assertThat(first.path("type").asText()).isEqualTo("group-total-mismatch");
		assertThat(first.path("rowNumber").asInt()).isEqualTo(6);
		assertThat(first.path("fieldName").asText()).isEqualTo("amount");
		assertThat(first.path("cell").asText()).isEqualTo("300,000");
		assertThat(first.path("note").asText()).startsWith("ยอดรวมงบดำเนินงาน ที่พิมพ์ไว้ 300,000.00 บาท");
		assertThat(first.path("message").asText()).startsWith("The printed total of งบดำเนินงาน");

		long lineId = jdbc.sql("select id from opendata_line where document_id = :id and source_row = 5")
			.param("id", id).query(Long.class).single();
		mvc.perform(get("/opendata/documents/" + id + "/lines/" + lineId + "/edit").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"amount\" value=\"59,999.50\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(post("/opendata/documents/" + id + "/lines/" + lineId).with(officer()).with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("plan", "แผนงานบริหารงานทั่วไป")
			.param("work", "งานบริหารทั่วไป")
			.param("budget_group", "งบดำเนินงาน")
			.param("category", "ค่าวัสดุ")
			.param("item", "จัดซื้อวัสดุสำนักงาน")
			.param("amount", "๔๙,๙๙๙.๕๐"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-saved")))
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("data-state=\"UPLOADED\"")));
		// the same change again, from a page opened before the first: refused, the latest values shown
		mvc.perform(post("/opendata/documents/" + id + "/lines/" + lineId).with(officer()).with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("item", "x")
			.param("amount", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แถวนี้ถูกแก้ไขโดยผู้อื่น")))
			.andExpect(content().string(containsString("value=\"๔๙,๙๙๙.๕๐\"")));

		mvc.perform(post("/opendata/documents/" + id + "/validate").with(officer()).with(csrf()))
			.andExpect(redirectedUrlPattern("/opendata/documents/*"));
		mvc.perform(get("/opendata/documents/" + id).with(officer()))
			.andExpect(content().string(containsString("data-state=\"VALID\"")))
			.andExpect(content().string(containsString("id=\"report-clean\"")))
			.andExpect(content().string(containsString("id=\"download-csv\"")));

		String csv = mvc.perform(get("/opendata/documents/" + id + "/files/csv").with(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("budget-2560101-2569-ordinance.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).doesNotStartWith("\uFEFF");
		String[] lines = csv.split("\r\n");
		assertThat(lines).hasSize(5);
		for (String name : lines[0].split(",")) {
			assertThat(name).matches("[a-z_]+").hasSizeLessThanOrEqualTo(63);
		}
		assertThat(lines[0]).startsWith("line_no,lao_code,lao_name,fiscal_year,document_type,side_code,side_name,plan_code");
		assertThat(lines[3]).contains("2560101", "general-administration", "operations", "materials", "49999.50",
				"http://localhost:8080/public/opendata/codes/plan/general-administration");

		JsonNode dataPackage = json.readTree(mvc.perform(get("/opendata/documents/" + id + "/files/datapackage").with(officer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(dataPackage.path("profile").asText()).isEqualTo("fiscal-data-package");
		JsonNode fields = dataPackage.path("resources").path(0).path("schema").path("fields");
		assertThat(fields.findValuesAsText("columnType")).contains("functional-classification:generic:level2:code",
				"economic-classification:generic:level1:code", "administrative-classification:generic:level1:code",
				"date:fiscal-year", "value");
		JsonNode csvw = json.readTree(mvc.perform(get("/opendata/documents/" + id + "/files/csvw").with(officer()))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(csvw.path("tableSchema").path("columns").path(7).path("titles").path("th").asText()).isEqualTo("รหัสแผนงาน");
		byte[] xlsx = mvc.perform(get("/opendata/documents/" + id + "/files/xlsx").with(officer()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheet("budget").getPhysicalNumberOfRows()).isEqualTo(5);
			assertThat(workbook.getSheet("dictionary").getRow(8).getCell(1).getStringCellValue()).isEqualTo("รหัสแผนงาน");
		}
	}

	@Test
	void anOwnTis620TableIsMappedOnceAndTheMappingRemembered() throws Exception {
		List<String> headers = List.of("ลำดับ", "แผนงาน", "งาน", "งบ", "หมวด", "รายการ", "ปีงบประมาณ", "จำนวนเงิน (บาท)");
		List<List<String>> rows = List.of(
				TestBudgets.row("๑", "แผนงานสาธารณสุข", "งานบริการสาธารณสุข", "งบดำเนินงาน", "ค่าใช้สอย",
						"โครงการควบคุมโรคไข้เลือดออก", "๒๕๖๙", "๑,๕๐๐,๐๐๐"),
				TestBudgets.row("๒", "แผนงานสาธารณสุข", "งานบริการสาธารณสุข", "งบดำเนินงาน", "ค่าวัสดุ",
						"วัสดุวิทยาศาสตร์", "2026", "-"),
				TestBudgets.row("", "", "", "", "", "รวมทั้งสิ้น", "", "1,500,000.00"));
		byte[] file = TestBudgets.ownCsv(Charset.forName("TIS-620"), headers, rows);
		MvcResult uploaded = upload(officer(), TestBudgets.PHAYAO, "งบ.csv", "text/csv", file);
		assertThat(uploaded.getResponse().getRedirectedUrl()).endsWith("/mapping");
		long id = documentId(uploaded);
		mvc.perform(get("/opendata/documents/" + id + "/mapping").with(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">B: แผนงาน</option>")))
			.andExpect(content().string(containsString("<option value=\"7\" selected=\"selected\">H: จำนวนเงิน (บาท)</option>")))
			.andExpect(content().string(containsString("<option value=\"6\" selected=\"selected\">G: ปีงบประมาณ</option>")));
		// one column cannot hold two fields
		mvc.perform(post("/opendata/documents/" + id + "/mapping").with(officer()).with(csrf())
			.param("col_item", "5").param("col_amount", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mapping-problem\"")));
		mvc.perform(post("/opendata/documents/" + id + "/mapping").with(officer()).with(csrf())
			.param("col_plan", "1").param("col_work", "2").param("col_budget_group", "3").param("col_category", "4")
			.param("col_item", "5").param("col_fiscal_year", "6").param("col_amount", "7"))
			.andExpect(redirectedUrlPattern("/opendata/documents/*"));
		mvc.perform(get("/opendata/documents/" + id).with(officer()))
			.andExpect(content().string(containsString("data-state=\"VALID\"")))
			.andExpect(content().string(containsString("data-stars-source>★★★</strong>")));

		// next time, a file with unusual headers in the same places gets the remembered mapping
		List<String> odd = List.of("no", "แผนงาน", "งาน", "งบ", "หมวด", "รายการ", "ปีงบประมาณ", "จำนวนเงิน (บาท)");
		MvcResult again = upload(officer(), TestBudgets.PHAYAO, "งบ2.csv", "text/csv",
				TestBudgets.ownCsv(StandardCharsets.UTF_8, odd, rows));
		mvc.perform(get(again.getResponse().getRedirectedUrl()).with(officer()))
			.andExpect(content().string(containsString("<option value=\"7\" selected=\"selected\">H: จำนวนเงิน (บาท)</option>")))
			.andExpect(content().string(not(containsString("<option value=\"0\" selected=\"selected\">"))));
	}

	@Test
	void badFilesAreRefusedWithClearMessages() throws Exception {
		MvcResult html = upload(officer(), TestBudgets.PHAYAO, "budget.html", "text/html",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.getResponse().getStatus()).isEqualTo(200);
		assertThat(html.getResponse().getContentAsString()).contains("id=\"upload-problem\"");
		MvcResult pdf = upload(officer(), TestBudgets.PHAYAO, "budget.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(pdf.getResponse().getContentAsString()).contains("id=\"upload-problem\"");
		MvcResult empty = upload(officer(), TestBudgets.PHAYAO, "budget.csv", "text/csv", new byte[0]);
		assertThat(empty.getResponse().getContentAsString()).contains("id=\"upload-problem\"");
		MvcResult noTable = upload(officer(), TestBudgets.PHAYAO, "budget.csv", "text/csv",
				"just one cell\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noTable.getResponse().getContentAsString()).contains("ไม่พบแถวหัวตาราง");
		MvcResult notLao = upload(coordinator(), "1234567", "budget.csv", "text/csv",
				"a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(notLao.getResponse().getContentAsString()).contains("ไม่พบ อปท. รหัส 1234567");
		assertThat(jdbc.sql("select count(*) from opendata_document where agency_id = :a").param("a", phayao)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void onlyTheLaosOwnReportersCoordinatorsAndAdminsGetIn() throws Exception {
		long id = documentId(upload(officer(), TestBudgets.PHAYAO, "b.xlsx", TestBudgets.XLSX,
				TestBudgets.templateWorkbook(TestBudgets.smallBudget())));
		mvc.perform(get("/opendata").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/opendata/documents/" + id).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/opendata/documents/" + id + "/files/csv").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("**/login"));
		// a reporter of another LAO
		mvc.perform(get("/opendata/documents/" + id).with(reporter(chiangMai))).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/documents/" + id + "/files/csv").with(reporter(chiangMai))).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/documents/" + id + "/report.json").with(reporter(chiangMai)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/opendata/documents/" + id + "/source").with(reporter(chiangMai))).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/documents/" + id + "/mapping").with(reporter(chiangMai))).andExpect(status().isForbidden());
		mvc.perform(post("/opendata/documents/" + id + "/validate").with(reporter(chiangMai)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(upload(reporter(chiangMai), TestBudgets.PHAYAO, "b.xlsx", TestBudgets.XLSX,
				TestBudgets.templateWorkbook(TestBudgets.smallBudget())).getResponse().getStatus()).isEqualTo(403);
		mvc.perform(get("/opendata").with(reporter(chiangMai)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-document=\"" + id + "\""))));
		// the LAO's approver reads but does not change
		mvc.perform(get("/opendata/documents/" + id).with(approver(phayao))).andExpect(status().isOk());
		mvc.perform(post("/opendata/documents/" + id + "/validate").with(approver(phayao)).with(csrf()))
			.andExpect(status().isForbidden());
		long line = jdbc.sql("select min(id) from opendata_line where document_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(post("/opendata/documents/" + id + "/lines/" + line).with(approver(phayao)).with(csrf())
			.param("version", "0").param("item", "x")).andExpect(status().isForbidden());
		// coordinators and admins see every LAO
		mvc.perform(get("/opendata/documents/" + id).with(coordinator())).andExpect(status().isOk());
		mvc.perform(get("/opendata").with(admin()))
			.andExpect(content().string(containsString("data-document=\"" + id + "\"")));
		// only admins edit the code lists
		mvc.perform(get("/opendata/codes").with(coordinator())).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/codes").with(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนงานสร้างความเข้มแข็งของชุมชน")));
		long education = jdbc.sql("select id from opendata_code where list = 'PLAN' and code = 'education'")
			.query(Long.class).single();
		mvc.perform(post("/opendata/codes/" + education).with(coordinator()).with(csrf())
			.param("nameTh", "x").param("nameEn", "x").param("parent", "community-social-services")
			.param("sortOrder", "1").param("active", "true").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/opendata/codes").with(reporter(phayao)).with(csrf())
			.param("list", "SIDE").param("code", "x").param("nameTh", "x").param("nameEn", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/opendata/codes/" + education).with(admin()).with(csrf())
			.param("nameTh", "แผนงานการศึกษา").param("nameEn", "Education").param("parent", "community-social-services")
			.param("dlaCode", "00210").param("sortOrder", "3").param("active", "true").param("version", "0"))
			.andExpect(redirectedUrl("/opendata/codes"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/opendata/codes/" + education).with(admin()).with(csrf())
			.param("nameTh", "แผนงานการศึกษา").param("nameEn", "Education").param("parent", "community-social-services")
			.param("sortOrder", "3").param("active", "true").param("version", "0"))
			.andExpect(redirectedUrl("/opendata/codes"))
			.andExpect(flash().attribute("problemCode", "platform.error.concurrent-edit"));
		assertThat(jdbc.sql("select version from opendata_code where id = :id").param("id", education)
			.query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/public/opendata/codes/plan/education")).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนงานการศึกษา")));
	}

}
