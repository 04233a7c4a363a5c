package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.sujarit.platform.files.TestFiles;
import org.sujarit.platform.web.DomainException;

class TabularReaderUnitTests {

	private final TabularReader reader = new TabularReader(TabularProperties.defaults());

	// ---- CSV ----

	@Test
	void utf8Csv() {
		List<Sheet> sheets = read("หน่วยงาน,งบประมาณ\nเทศบาลตำบลบ้านใหม่,\"1,234.50\"\n", StandardCharsets.UTF_8,
				"แผนงาน 2568.csv");
		assertThat(sheets).hasSize(1);
		Sheet sheet = sheets.get(0);
		assertThat(sheet.name()).isEqualTo("แผนงาน 2568");
		assertThat(sheet.hidden()).isFalse();
		assertThat(sheet.rows()).containsExactly(new Row(1, List.of("หน่วยงาน", "งบประมาณ")),
				new Row(2, List.of("เทศบาลตำบลบ้านใหม่", "1,234.50")));
	}

	@Test
	void utf8CsvWithByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "รหัส,ชื่อ\r\n01,กรุงเทพมหานคร\r\n".getBytes(StandardCharsets.UTF_8);
		List<Sheet> sheets = reader.read(new ByteArrayInputStream(concat(bom, text)), "จังหวัด.csv");
		assertThat(sheets.get(0).rows().get(0).cells()).containsExactly("รหัส", "ชื่อ");
		assertThat(sheets.get(0).rows().get(1).cells()).containsExactly("01", "กรุงเทพมหานคร");
	}

	@Test
	void tis620Csv() {
		String text = "ชื่อหน่วยงาน,จำนวนเรื่อง\nเทศบาลตำบลหนองบัว,๑๒\nองค์การบริหารส่วนตำบลท่าช้าง,7\n";
		List<Sheet> tis620 = read(text, Charset.forName("TIS-620"), "a.csv");
		List<Sheet> windows874 = read(text, Charset.forName("x-windows-874"), "a.csv");
		assertThat(tis620.get(0).rows()).hasSize(3);
		assertThat(tis620.get(0).rows().get(2).cells()).containsExactly("องค์การบริหารส่วนตำบลท่าช้าง", "7");
		assertThat(windows874).isEqualTo(tis620);
	}

	@Test
	void windows874ExtrasAreRead() {
		// Windows-874 adds smart quotes and the euro sign at 0x80–0x9F, which TIS-620 lacks
		assertThat(read("“โครงการ” €5\n", Charset.forName("x-windows-874"), "a.csv").get(0).rows().get(0).cells())
			.containsExactly("“โครงการ” €5");
	}

	@Test
	void utf16WithByteOrderMark() {
		byte[] bytes = "\uFEFFชื่อ\tจำนวน\nก\t1\n".getBytes(StandardCharsets.UTF_16LE);
		assertThat(reader.read(new ByteArrayInputStream(bytes), "export.txt").get(0).rows().get(1).cells())
			.containsExactly("ก", "1");
	}

	@Test
	void undecodableTextIsRefused() {
		// invalid UTF-8, and 0xDB/0xFC are unassigned in Windows-874
		byte[] bytes = concat("name,value\nabc,".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xDB, (byte) 0xFC, (byte) 0xDB, '\n' });
		assertRefused(bytes, "a.csv", "platform.tabular.encoding");
	}

	@Test
	void utf16WithoutByteOrderMarkIsRefused() {
		assertRefused("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE), "a.csv", "platform.tabular.encoding");
	}

	@Test
	void quotedFieldsFollowRfc4180() {
		String text = "id,note\n1,\"มี \"\"เครื่องหมาย\"\" และ, จุลภาค\"\n2,\"สองบรรทัด\nบรรทัดที่สอง\"\n3,ท้าย\n";
		List<Row> rows = read(text, StandardCharsets.UTF_8, "a.csv").get(0).rows();
		assertThat(rows).containsExactly(new Row(1, List.of("id", "note")),
				new Row(2, List.of("1", "มี \"เครื่องหมาย\" และ, จุลภาค")), new Row(3, List.of("2", "สองบรรทัด\nบรรทัดที่สอง")),
				new Row(4, List.of("3", "ท้าย")));
	}

	@Test
	void blankLinesAreSkippedButKeepTheirNumbers() {
		List<Row> rows = read("a,b\n\n,\nc,d,,\n", StandardCharsets.UTF_8, "a.csv").get(0).rows();
		assertThat(rows).containsExactly(new Row(1, List.of("a", "b")), new Row(4, List.of("c", "d")));
	}

	@Test
	void separatorIsDetected() {
		assertThat(read("a;b;c\n1;2,5;3\n", StandardCharsets.UTF_8, "a.csv").get(0).rows().get(1).cells())
			.containsExactly("1", "2,5", "3");
		assertThat(read("a\tb\n1,0\t2\n", StandardCharsets.UTF_8, "a.txt").get(0).rows().get(1).cells())
			.containsExactly("1,0", "2");
		assertThat(read("a,b\n1\t2,3\n", StandardCharsets.UTF_8, "a.tsv").get(0).rows().get(1).cells())
			.containsExactly("1", "2,3");
	}

	@Test
	void thaiDigitsStayAsWrittenAndParse() {
		List<Row> rows = read("รายการ,จำนวนเงิน\nค่าวัสดุ,\"๑,๒๓๔.๕๐\"\nค่าจ้าง,-\n", StandardCharsets.UTF_8, "a.csv")
			.get(0).rows();
		assertThat(rows.get(1).cell(1)).isEqualTo("๑,๒๓๔.๕๐");
		assertThat(ThaiNumberParser.parse(rows.get(1).cell(1))).contains(new java.math.BigDecimal("1234.50"));
		assertThat(ThaiNumberParser.parse(rows.get(2).cell(1))).contains(java.math.BigDecimal.ZERO);
	}

	@Test
	void anUnbalancedQuoteCannotSwallowTheFile() {
		TabularReader strict = new TabularReader(limits(1_000_000, 16_384, 100));
		byte[] text = ("a,\"never closed\n" + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(text), "a.csv"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.tabular.cell-too-long");
				assertThat(ex.arguments()).containsExactly(1, 100);
			});
	}

	@Test
	void aQuoteLeftOpenAtTheEndIsRefusedWithItsRow() {
		assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("a,b\n1,2\nx,\"open\n".getBytes(StandardCharsets.UTF_8)), "a.csv"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.tabular.csv-unclosed-quote");
				assertThat(ex.arguments()).containsExactly(3);
			});
	}

	@Test
	void lfOnlyAndAMissingFinalLineBreakAreRead() {
		assertThat(read("a,b\nc,d", StandardCharsets.UTF_8, "a.csv").get(0).rows())
			.containsExactly(new Row(1, List.of("a", "b")), new Row(2, List.of("c", "d")));
	}

	@Test
	void theHandlerLearnsTheFormatAndEncoding() throws IOException {
		String text = "code,name_th\r\nX,องค์การบริหารส่วนตำบลบางด้วน\r\n";
		assertThat(format(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(TabularFormat.CSV_UTF8);
		assertThat(format(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(TabularFormat.CSV_UTF8);
		assertThat(format(text.getBytes(Charset.forName("TIS-620")))).isEqualTo(TabularFormat.CSV_WINDOWS_874);
		assertThat(format(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(TabularFormat.CSV_UTF16);
		assertThat(format(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(TabularFormat.CSV_UTF16);
		try (Workbook xlsx = new XSSFWorkbook(); Workbook xls = new HSSFWorkbook()) {
			xlsx.createSheet("a").createRow(0).createCell(0).setCellValue("x");
			xls.createSheet("a").createRow(0).createCell(0).setCellValue("x");
			assertThat(format(bytes(xlsx))).isEqualTo(TabularFormat.XLSX);
			assertThat(format(bytes(xls))).isEqualTo(TabularFormat.XLS);
		}
	}

	private TabularFormat format(byte[] content) {
		List<TabularFormat> formats = new ArrayList<>();
		reader.read(new ByteArrayInputStream(content), "upload", new RowHandler() {
			@Override
			public void format(TabularFormat format) {
				formats.add(format);
			}

			@Override
			public void row(Row row) {
			}
		});
		assertThat(formats).hasSize(1);
		return formats.get(0);
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	@Test
	void emptyFilesAreRefused() {
		assertRefused(new byte[0], "a.csv", "platform.tabular.empty");
		assertRefused(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "a.csv", "platform.tabular.empty");
	}

	@Test
	void nonTabularFilesAreRefused() {
		assertRefused(TestFiles.pdf(), "a.xlsx", "platform.tabular.unsupported");
		assertRefused(TestFiles.png(), "a.csv", "platform.tabular.unsupported");
		assertRefused(TestFiles.docx(), "a.xlsx", "platform.tabular.unsupported");
	}

	@Test
	void oversizeIsRefusedBeforeReading() {
		TabularProperties small = new TabularProperties(DataSize.ofBytes(1000), 10, 10, 100, 100, 100,
				DataSize.ofMegabytes(1), 100);
		assertThatThrownBy(() -> new TabularReader(small).read(TestFiles.letters(1001), "a.csv"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("platform.tabular.too-large"));
	}

	// ---- XLSX ----

	@Test
	void xlsxValuesComeOutAsTheUserMeantThem() throws IOException {
		List<Sheet> sheets = reader.read(new ByteArrayInputStream(workbook(new XSSFWorkbook())), "ผล.xlsx");
		assertWorkbook(sheets);
	}

	@Test
	void xlsValuesComeOutTheSameWay() throws IOException {
		List<Sheet> sheets = reader.read(new ByteArrayInputStream(workbook(new HSSFWorkbook())), "ผล.xls");
		assertWorkbook(sheets);
	}

	private static void assertWorkbook(List<Sheet> sheets) {
		assertThat(sheets).extracting(Sheet::name).containsExactly("ข้อมูล", "ซ่อน", "ซ่อนมาก");
		assertThat(sheets).extracting(Sheet::hidden).containsExactly(false, true, true);
		List<Row> rows = sheets.get(0).rows();
		assertThat(rows).extracting(Row::number).containsExactly(1, 2, 4, 5, 6);
		assertThat(rows.get(0).cells()).containsExactly("หน่วยงาน", "งบประมาณ", "รวม", "วันที่", "ตรวจแล้ว");
		assertThat(rows.get(1).cells()).containsExactly("เทศบาลนคร", "1234567.891", "1234568.891", "2025-10-01",
				"TRUE");
		// row 3 is blank; row 4: big and small numbers without exponent, formula errors, a Buddhist-era date
		assertThat(rows.get(2).cells()).containsExactly("", "123450000000000000000", "0.3", "2026-09-30", "#DIV/0!",
				"#REF!", "0.000001");
		assertThat(rows.get(2).hasErrorCell()).isTrue();
		assertThat(rows.get(2).errorColumns()).containsExactly(4, 5);
		assertThat(rows.get(1).hasErrorCell()).isFalse();
		// merged A5:C6 keeps only its top-left value
		assertThat(rows.get(3).cells()).containsExactly("รวมทั้งสิ้น", "", "", "2025-10-01T13:30:00");
		assertThat(rows.get(4).cells()).containsExactly("", "", "", "12:45:00");
		assertThat(sheets.get(1).rows()).containsExactly(new Row(1, List.of("ลับ")));
	}

	/** The same workbook in either format; formulas evaluated so their results are cached as Excel does. */
	private static byte[] workbook(Workbook workbook) throws IOException {
		try (workbook) {
			var sheet = workbook.createSheet("ข้อมูล");
			CellStyle isoDate = workbook.createCellStyle();
			isoDate.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
			CellStyle buddhistDate = workbook.createCellStyle();
			buddhistDate.setDataFormat(workbook.createDataFormat().getFormat("[$-th-TH]d mmm bbbb"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy h:mm"));
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
			CellStyle grouped = workbook.createCellStyle();
			grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

			var header = sheet.createRow(0);
			String[] titles = { "หน่วยงาน", "งบประมาณ", "รวม", "วันที่", "ตรวจแล้ว" };
			for (int i = 0; i < titles.length; i++) {
				header.createCell(i).setCellValue(titles[i]);
			}
			var first = sheet.createRow(1);
			first.createCell(0).setCellValue("เทศบาลนคร");
			Cell budget = first.createCell(1);
			budget.setCellValue(1234567.891);
			budget.setCellStyle(grouped);
			first.createCell(2).setCellFormula("B2+1");
			Cell date = first.createCell(3);
			date.setCellValue(LocalDate.of(2025, 10, 1));
			date.setCellStyle(isoDate);
			first.createCell(4).setCellValue(true);

			sheet.createRow(2).createCell(0).setCellValue("");
			var numbers = sheet.createRow(3);
			numbers.createCell(1).setCellValue(1.2345e20);
			numbers.createCell(2).setCellFormula("0.1+0.2");
			Cell buddhist = numbers.createCell(3);
			buddhist.setCellValue(LocalDate.of(2026, 9, 30));
			buddhist.setCellStyle(buddhistDate);
			numbers.createCell(4).setCellFormula("1/0");
			numbers.createCell(5).setCellErrorValue(FormulaError.REF.getCode());
			numbers.createCell(6).setCellValue(0.000001);

			var total = sheet.createRow(4);
			total.createCell(0).setCellValue("รวมทั้งสิ้น");
			total.createCell(1).setCellValue("ค่าที่ซ่อนใต้การผสานเซลล์");
			Cell stamp = total.createCell(3);
			stamp.setCellValue(LocalDateTime.of(2025, 10, 1, 13, 30));
			stamp.setCellStyle(dateTime);
			var below = sheet.createRow(5);
			below.createCell(2).setCellValue("ซ่อนใต้การผสานเช่นกัน");
			Cell clock = below.createCell(3);
			clock.setCellValue(0.53125);
			clock.setCellStyle(time);
			sheet.addMergedRegion(CellRangeAddress.valueOf("A5:C6"));

			workbook.createSheet("ซ่อน").createRow(0).createCell(0).setCellValue("ลับ");
			workbook.createSheet("ซ่อนมาก");
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			return TestFiles.write(workbook);
		}
	}

	@Test
	void formulasWithoutACachedResultAreEmpty() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var row = workbook.createSheet("a").createRow(0);
			row.createCell(0).setCellValue(2);
			row.createCell(1).setCellFormula("A1*2");
			bytes = TestFiles.write(workbook);
		}
		assertThat(reader.read(new ByteArrayInputStream(bytes), "a.xlsx").get(0).rows().get(0).cells())
			.containsExactly("2");
	}

	@Test
	void inlineAndSharedStringsAreRead() {
		byte[] xlsx = TestFiles.replaceEntry(TestFiles.xlsx(), "xl/worksheets/sheet1.xml", """
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
				<sheetData>
				<row r="2"><c r="B2" t="inlineStr"><is><r><t>ตัว</t></r><r><t>หนา</t></r></is></c><c r="C2" t="s"><v>0</v></c></row>
				<row><c t="b"><v>0</v></c><c t="d"><v>2025-10-01T00:00:00Z</v></c><c t="e"><v>#N/A</v></c></row>
				</sheetData>
				</worksheet>
				""".getBytes(StandardCharsets.UTF_8));
		List<Row> rows = reader.read(new ByteArrayInputStream(xlsx), "a.xlsx").get(0).rows();
		assertThat(rows).containsExactly(new Row(2, List.of("", "ตัวหนา", "หน่วยงาน")),
				new Row(3, List.of("FALSE", "2025-10-01", "#N/A")));
		assertThat(rows.get(1).hasErrorCell()).isTrue();
	}

	@Test
	void largeWorkbooksStreamRowByRow() throws IOException {
		int rowCount = 30_000;
		byte[] bytes;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			var sheet = workbook.createSheet("ใหญ่");
			for (int r = 0; r < rowCount; r++) {
				var row = sheet.createRow(r);
				row.createCell(0).setCellValue("แถว " + r);
				row.createCell(1).setCellValue(r * 1.5);
			}
			bytes = TestFiles.write(workbook);
		}
		AtomicInteger seen = new AtomicInteger();
		List<String> sheetNames = new ArrayList<>();
		reader.read(new ByteArrayInputStream(bytes), "big.xlsx", new RowHandler() {
			@Override
			public void sheet(String name, boolean hidden) {
				sheetNames.add(name);
			}

			@Override
			public void row(Row row) {
				int index = seen.getAndIncrement();
				assertThat(row.number()).isEqualTo(index + 1);
				assertThat(row.cell(1)).isEqualTo(CellValues.number(index * 1.5));
			}
		});
		assertThat(seen.get()).isEqualTo(rowCount);
		assertThat(sheetNames).containsExactly("ใหญ่");
	}

	@Test
	void rowLimitIsEnforced() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("a");
			for (int r = 0; r < 6; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			bytes = TestFiles.write(workbook);
		}
		TabularReader limited = new TabularReader(limits(5, 16_384, 32_767));
		assertThatThrownBy(() -> limited.read(new ByteArrayInputStream(bytes), "a.xlsx"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.tabular.too-many-rows");
				assertThat(ex.arguments()).containsExactly(5);
			});
	}

	@Test
	void columnLimitIsEnforced() throws IOException {
		byte[] bytes;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("a").createRow(2).createCell(10).setCellValue("far");
			bytes = TestFiles.write(workbook);
		}
		TabularReader limited = new TabularReader(limits(100, 10, 32_767));
		assertThatThrownBy(() -> limited.read(new ByteArrayInputStream(bytes), "a.xlsx"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.tabular.too-many-columns");
				assertThat(ex.arguments()).containsExactly(3, 10);
			});
	}

	@Test
	void aHandlersOwnFailureReachesTheCallerUnchanged() {
		IllegalStateException stop = new IllegalStateException("stop");
		assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(TestFiles.xlsx()), "a.xlsx", row -> {
			throw stop;
		})).isSameAs(stop);
		assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("a\n".getBytes()), "a.csv", row -> {
			throw stop;
		})).isSameAs(stop);
	}

	@Test
	void passwordProtectedWorkbooksAreRefused() {
		assertRefused(TestFiles.encrypted(TestFiles.xlsx()), "a.xlsx", "platform.tabular.encrypted");
	}

	@Test
	void corruptWorkbooksAreRefused() {
		byte[] xlsx = TestFiles.xlsx();
		assertRefused(Arrays.copyOf(xlsx, xlsx.length / 2), "a.xlsx", "platform.tabular.corrupt");
		byte[] brokenSheet = TestFiles.replaceEntry(xlsx, "xl/worksheets/sheet1.xml",
				"<worksheet><sheetData><row r=\"1\"><c".getBytes(StandardCharsets.UTF_8));
		assertRefused(brokenSheet, "a.xlsx", "platform.tabular.corrupt");
		byte[] xls = TestFiles.xls();
		assertRefused(Arrays.copyOf(xls, 600), "a.xls", "platform.tabular.corrupt");
	}

	@Test
	void strictOoxmlIsReadLikeTransitional() throws IOException {
		byte[] strict = TestFiles.strict(workbook(new XSSFWorkbook()));
		assertThat(TestFiles.entryText(strict, "xl/workbook.xml")).contains("http://purl.oclc.org/ooxml/spreadsheetml/main")
			.doesNotContain("schemas.openxmlformats.org/spreadsheetml");
		assertWorkbook(reader.read(new ByteArrayInputStream(strict), "ผล.xlsx"));
		assertThat(format(strict)).isEqualTo(TabularFormat.XLSX);
	}

	@Test
	void strictOoxmlKeepsTheProtections() {
		byte[] strict = TestFiles.strict(TestFiles.xlsx());
		assertRefused(TestFiles.replaceEntry(strict, "xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024]), "a.xlsx",
				"platform.tabular.zip-bomb");
		assertRefused(TestFiles.encrypted(strict), "a.xlsx", "platform.tabular.encrypted");
		assertRefused(Arrays.copyOf(strict, strict.length / 2), "a.xlsx", "platform.tabular.corrupt");
		assertRefused(TestFiles.replaceEntry(strict, "xl/worksheets/sheet1.xml", "<worksheet".getBytes(StandardCharsets.UTF_8)),
				"a.xlsx", "platform.tabular.corrupt");
	}

	@Test
	void zipBombsAreRefused() {
		byte[] bomb = TestFiles.replaceEntry(TestFiles.xlsx(), "xl/worksheets/sheet1.xml", new byte[20 * 1024 * 1024]);
		assertRefused(bomb, "a.xlsx", "platform.tabular.zip-bomb");
	}

	private List<Sheet> read(String text, Charset charset, String name) {
		return reader.read(new ByteArrayInputStream(text.getBytes(charset)), name);
	}

	private void assertRefused(byte[] content, String name, String code) {
		assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(content), name))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo(code));
	}

	private static TabularProperties limits(int rows, int columns, int cellLength) {
		return new TabularProperties(DataSize.ofMegabytes(50), rows, columns, 20_000_000, cellLength, 10_000,
				DataSize.ofGigabytes(2), 100);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}

}
