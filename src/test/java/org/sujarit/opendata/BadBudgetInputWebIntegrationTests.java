package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.sujarit.directory.TestPrincipals.reporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;

/**
 * Bad input on the way in (issue 4, point 9), through the upload page: each broken file is built here, the
 * officer sees what is wrong in Thai or English, and the document saved before is left as it was — its
 * file, its lines and its state. Files that can be read but hold mistakes (formula errors, merged cells)
 * become an invalid document whose report names each cell, so they can never be published as they are.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class BadBudgetInputWebIntegrationTests {

	private static final Pattern DOCUMENT = Pattern.compile("/opendata/documents/(\\d+)$");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	long phayao;

	long saved;

	@BeforeEach
	void aValidDocumentIsSaved() throws Exception {
		phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		MvcResult result = upload("budget.xlsx", TestBudgets.XLSX, TestBudgets.templateWorkbook(TestBudgets.smallBudget()),
				"th");
		Matcher matcher = DOCUMENT.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
		assertThat(matcher.find()).isTrue();
		saved = Long.parseLong(matcher.group(1));
		assertThat(state()).containsEntry("state", "VALID").containsEntry("lines", 8L);
	}

	private MvcResult upload(String name, String type, byte[] content, String lang) throws Exception {
		return mvc
			.perform(multipart("/opendata/upload").file(new MockMultipartFile("file", name, type, content))
				.param("laoCode", TestBudgets.PHAYAO)
				.param("fiscalYear", "2569")
				.param("documentType", "ORDINANCE")
				.param("lang", lang)
				.with(reporter(phayao))
				.with(csrf()))
			.andReturn();
	}

	/** The saved document as the database has it. */
	private Map<String, Object> state() {
		return jdbc.sql("""
				select d.state, d.file_id, d.version, d.error_count, (select count(*) from opendata_line l where l.document_id = d.id) as lines
				from opendata_document d where d.id = :id""").param("id", saved).query().singleRow();
	}

	/** The upload is refused with the message on the page, and the saved document is untouched. */
	private void refused(String name, String type, byte[] content, String thai, String english) throws Exception {
		Map<String, Object> before = state();
		MvcResult result = upload(name, type, content, "th");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("id=\"upload-problem\"").contains(thai);
		assertThat(upload(name, type, content, "en").getResponse().getContentAsString()).contains(english);
		assertThat(state()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from opendata_document where agency_id = :a").param("a", phayao)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aPasswordProtectedWorkbookIsRefused() throws Exception {
		byte[] plain = TestBudgets.templateWorkbook(TestBudgets.smallBudget());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("รหัสผ่าน");
			try (OutputStream encrypted = encryptor.getDataStream(fs)) {
				encrypted.write(plain);
			}
			fs.writeFilesystem(out);
		}
		refused("budget.xlsx", TestBudgets.XLSX, out.toByteArray(), "รหัสผ่าน", "password");
	}

	@Test
	void aDamagedWorkbookIsRefused() throws Exception {
		byte[] whole = TestBudgets.templateWorkbook(TestBudgets.smallBudget());
		refused("budget.xlsx", TestBudgets.XLSX, Arrays.copyOf(whole, whole.length / 2), "เสียหาย", "damaged");
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedAndNothingIsStored() throws Exception {
		long files = jdbc.sql("select count(*) from platform_file").query(Long.class).single();
		byte[] big = new byte[50 * 1024 * 1024];
		byte[] row = "2569,2560101,,แผนงานการศึกษา,งาน,งบดำเนินงาน,ค่าวัสดุ,,,วัสดุ,1\n".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + row.length <= big.length; i += row.length) {
			System.arraycopy(row, 0, big, i, row.length);
		}
		refused("budget.csv", "text/csv", big, "20 MB", "20 MB");
		assertThat(jdbc.sql("select count(*) from platform_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void aCsvWithBrokenBytesIsRefused() throws Exception {
		byte[] utf8 = "fiscal_year,lao_code,plan,budget_group,item,amount\n2569,2560101,แผนงานการศึกษา,งบดำเนินงาน,วัสดุ,1\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] broken = Arrays.copyOf(utf8, utf8.length + 2);
		broken[utf8.length] = (byte) 0xDB; // undefined in Windows-874, and not UTF-8 either
		broken[utf8.length + 1] = (byte) 0x0A;
		refused("budget.csv", "text/csv", broken, "UTF-8", "UTF-8");
	}

	@Test
	void aBudgetOnlyOnAHiddenSheetIsRefusedNotImported() throws Exception {
		byte[] workbook = workbook(true, false);
		refused("budget.xlsx", TestBudgets.XLSX, workbook, "ชีต &quot;งบปีที่แล้ว&quot; ที่ถูกซ่อนไว้",
				"hidden sheet &quot;งบปีที่แล้ว&quot;");
	}

	@Test
	void aHiddenSheetBesideTheBudgetIsSkippedAndSaid() throws Exception {
		MvcResult result = upload("budget.xlsx", TestBudgets.XLSX, workbook(true, true), "th");
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/opendata/documents/" + saved);
		// the visible sheet's 8 lines, not the hidden sheet's 9
		assertThat(state()).containsEntry("state", "VALID").containsEntry("lines", 8L);
		String page = mvc.perform(get("/opendata/documents/" + saved).with(reporter(phayao)).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The sheet &quot;งบปีที่แล้ว&quot; is hidden in the Excel file, so it was not imported");
	}

	/** A workbook with the template on a hidden sheet (last year's) and, optionally, on a visible one. */
	private static byte[] workbook(boolean hidden, boolean visible) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (visible) {
				fill(workbook.createSheet("budget"), TestBudgets.smallBudget());
			}
			XSSFSheet old = workbook.createSheet("งบปีที่แล้ว");
			List<List<String>> rows = TestBudgets.smallBudget();
			rows.add(TestBudgets.row("2568", TestBudgets.PHAYAO, "", "แผนงานการศึกษา", "งาน", "งบดำเนินงาน", "ค่าวัสดุ", "",
					"", "รายการปีที่แล้ว", "1", ""));
			fill(old, rows);
			if (hidden) {
				workbook.setSheetHidden(workbook.getSheetIndex(old), true);
			}
			if (!visible) {
				workbook.createSheet("คำอธิบาย").createRow(0).createCell(0).setCellValue("ดูชีตงบประมาณ");
				workbook.setActiveSheet(workbook.getSheetIndex("คำอธิบาย"));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(XSSFSheet sheet, List<List<String>> rows) {
		TestBudgets.fill(sheet, rows);
	}

	/** A workbook with one template sheet, changed by {@code change} after it is filled. */
	private static byte[] book(List<List<String>> rows, java.util.function.Consumer<XSSFSheet> change) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("budget");
			fill(sheet, rows);
			change.accept(sheet);
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The upload replaces the saved document, which is now INVALID; its report as JSON. */
	private String invalidReport(byte[] workbook) throws Exception {
		MvcResult result = upload("budget.xlsx", TestBudgets.XLSX, workbook, "en");
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/opendata/documents/" + saved);
		assertThat(state()).containsEntry("state", "INVALID");
		return mvc.perform(get("/opendata/documents/" + saved + "/report.json").with(reporter(phayao)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void formulaErrorsAreReportedCellByCellNeverReadAsZero() throws Exception {
		// rows 3-5 are the first three lines; their amounts (column K) become broken formulas
		String report = invalidReport(book(TestBudgets.smallBudget(), sheet -> {
			error(sheet.getRow(2).getCell(10), "Sheet2!A1", FormulaError.REF);
			error(sheet.getRow(3).getCell(10), "K3/0", FormulaError.DIV0);
			error(sheet.getRow(4).getCell(10), "\"ห้าหมื่น\"*1", FormulaError.VALUE);
		}));
		assertThat(report).contains("\"type\":\"formula-error\",\"rowNumber\":3,\"fieldName\":\"amount\",\"cell\":\"#REF!\"")
			.contains("\"type\":\"formula-error\",\"rowNumber\":4,\"fieldName\":\"amount\",\"cell\":\"#DIV/0!\"")
			.contains("\"type\":\"formula-error\",\"rowNumber\":5,\"fieldName\":\"amount\",\"cell\":\"#VALUE!\"")
			.contains("(it is not counted as 0)");
		// nothing was summed as 0: the totals are compared with the lines that have an amount, and say how many
		assertThat(report).contains("differs from the sum of the 1 lines");
	}

	private static void error(XSSFCell cell, String formula, FormulaError error) {
		cell.setCellFormula(formula);
		cell.setCellErrorValue(error);
	}

	@Test
	void mergedCellsLeaveTheirOtherRowsEmptyAndEachIsReported() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(1).set(3, "");
		rows.get(2).set(3, "");
		// the plan typed once and merged down over three lines, the item merged across into the amount
		String report = invalidReport(book(rows, sheet -> {
			sheet.addMergedRegion(new CellRangeAddress(2, 4, 3, 3));
			sheet.addMergedRegion(new CellRangeAddress(7, 7, 9, 10));
		}));
		assertThat(report).contains("\"type\":\"missing-cell\",\"rowNumber\":4,\"fieldName\":\"plan\"")
			.contains("\"type\":\"missing-cell\",\"rowNumber\":5,\"fieldName\":\"plan\"");
	}

	@Test
	void aWindows874TemplateCsvWithThaiAndArabicDigitsReadsCorrectly() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(0).set(10, "๑,๐๐๐,๐๐๐");
		rows.get(0).set(0, "๒๕๖๙");
		rows.get(5).set(10, "๒๐๐,๐๐๐.๐๐");
		List<String> keys = Arrays.stream(BudgetField.values()).map(BudgetField::key).toList();
		byte[] csv = TestBudgets.ownCsv(Charset.forName("windows-874"), keys, rows);
		MvcResult result = upload("งบประมาณ.csv", "text/csv", csv, "th");
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/opendata/documents/" + saved);
		assertThat(state()).containsEntry("state", "VALID").containsEntry("lines", 8L);
		assertThat(jdbc.sql("select sum(amount) from opendata_line where document_id = :id and kind = 'LINE'")
			.param("id", saved).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1500000");
		assertThat(jdbc.sql("select item from opendata_line where document_id = :id and source_row = 2")
			.param("id", saved).query(String.class).single()).isEqualTo("เงินเดือนพนักงานส่วนจังหวัด");
	}

}
