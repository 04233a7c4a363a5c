package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;

/** The summary table "ประมาณการรายจ่าย ... จำแนกตามแผนงานและงบ", by แผนงาน columns and by งาน columns. */
class SummaryMatrixUnitTests {

	static final String GENERAL = "แผนงานบริหารงานทั่วไป";

	static final String EDUCATION = "แผนงานการศึกษา";

	static final String CENTRAL = "แผนงานงบกลาง";

	static final String[][] BY_PLAN = {
			{ "ประมาณการรายจ่ายงบประมาณรายจ่ายทั่วไป ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำแนกตามแผนงานและงบ" },
			{ "งบ / หมวด", GENERAL, "แผนงาน การศึกษา", "งบกลาง", "รวม" },
			{ "งบกลาง", "", "", "200000", "200000" },
			{ "งบบุคลากร", "556200", "", "", "556200" },
			{ "เงินเดือน (ฝ่ายการเมือง)", "556200", "", "", "556200" },
			{ "งบดำเนินงาน", "150000", "", "", "150000" },
			{ "ค่าวัสดุ", "-", "", "", "-" },
			{ "ค่าใช้สอย", "150000", "", "", "150000" },
			{ "งบลงทุน", "", "44000", "", "44000" },
			{ "ค่าครุภัณฑ์", "", "๔๔,๐๐๐", "", "44000" },
			{ "รวม", "706200", "44000", "200000", "950200" } };

	final HierarchicalSpreadsheetParser parser = new HierarchicalSpreadsheetParser(
			new TabularReader(TabularProperties.defaults()));

	@TempDir
	Path directory;

	@Test
	void cellsOfHmuadRowsAreTheLinesOfTheirPlanColumn() throws IOException {
		ParsedFile parsed = parser.parse(workbook(Map.of("สรุป", BY_PLAN)), "summary.xlsx");

		assertThat(parsed.layout()).isEqualTo(HierarchicalSpreadsheetParser.MATRIX_LAYOUT);
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::side, SourceLine::plan, SourceLine::budgetGroup, SourceLine::category,
					SourceLine::amount, SourceLine::row)
			.containsExactly(tuple("ด้านการดำเนินงานอื่น", CENTRAL, "งบกลาง", null, new BigDecimal("200000"), 3),
					tuple("ด้านบริหารทั่วไป", GENERAL, "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)", new BigDecimal("556200"), 5),
					tuple("ด้านบริหารทั่วไป", GENERAL, "งบดำเนินงาน", "ค่าวัสดุ", BigDecimal.ZERO, 7),
					tuple("ด้านบริหารทั่วไป", GENERAL, "งบดำเนินงาน", "ค่าใช้สอย", new BigDecimal("150000"), 8),
					tuple("ด้านบริการชุมชนและสังคม", EDUCATION, "งบลงทุน", "ค่าครุภัณฑ์", new BigDecimal("44000"), 10));
	}

	@Test
	void groupRowsTotalColumnAndTotalRowAreThePrintedTotals() throws IOException {
		ParsedFile parsed = parser.parse(workbook(Map.of("สรุป", BY_PLAN)), "summary.xlsx");

		assertThat(parsed.lines()).filteredOn(line -> line.kind() != LineKind.LINE && line.kind() != LineKind.HEADING)
			.extracting(SourceLine::kind, SourceLine::plan, SourceLine::budgetGroup, SourceLine::amount)
			.containsExactly(tuple(LineKind.GROUP_TOTAL, null, "งบกลาง", new BigDecimal("200000")),
					tuple(LineKind.GROUP_TOTAL, GENERAL, "งบบุคลากร", new BigDecimal("556200")),
					tuple(LineKind.GROUP_TOTAL, null, "งบบุคลากร", new BigDecimal("556200")),
					tuple(LineKind.GROUP_TOTAL, GENERAL, "งบดำเนินงาน", new BigDecimal("150000")),
					tuple(LineKind.GROUP_TOTAL, null, "งบดำเนินงาน", new BigDecimal("150000")),
					tuple(LineKind.GROUP_TOTAL, EDUCATION, "งบลงทุน", new BigDecimal("44000")),
					tuple(LineKind.GROUP_TOTAL, null, "งบลงทุน", new BigDecimal("44000")),
					tuple(LineKind.PLAN_TOTAL, GENERAL, null, new BigDecimal("706200")),
					tuple(LineKind.PLAN_TOTAL, EDUCATION, null, new BigDecimal("44000")),
					tuple(LineKind.PLAN_TOTAL, CENTRAL, null, new BigDecimal("200000")),
					tuple(LineKind.GRAND_TOTAL, null, null, new BigDecimal("950200")));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.HEADING)
			.extracting(SourceLine::category, SourceLine::amount)
			.containsExactly(tuple("เงินเดือน (ฝ่ายการเมือง)", new BigDecimal("556200")), tuple("ค่าวัสดุ", BigDecimal.ZERO),
					tuple("ค่าใช้สอย", new BigDecimal("150000")), tuple("ค่าครุภัณฑ์", new BigDecimal("44000")));
		assertThat(parsed.lines()).extracting(SourceLine::ordinal).startsWith(1, 2, 3);
	}

	@Test
	void aTablePerPlanWithWorkColumns() throws IOException {
		String[][] byWork = { { GENERAL }, { "งบ", "งานบริหารทั่วไป", "งานบริหารงานคลัง", "รวม" },
				{ "งบบุคลากร", "500", "300", "800" }, { "รวม", "500", "300", "800" }, { EDUCATION },
				{ "งบ", "งานระดับก่อนวัยเรียนและประถมศึกษา", "รวม" }, { "งบลงทุน", "44000", "#REF!" },
				{ "รวม", "44000", "44000" } };

		ParsedFile parsed = parser.parse(workbook(Map.of("แยกตามงาน", byWork)), "by-work.xlsx");

		assertThat(parsed.lines())
			.extracting(SourceLine::kind, SourceLine::plan, SourceLine::work, SourceLine::budgetGroup, SourceLine::amount)
			.containsExactly(tuple(LineKind.LINE, GENERAL, "งานบริหารทั่วไป", "งบบุคลากร", new BigDecimal("500")),
					tuple(LineKind.LINE, GENERAL, "งานบริหารงานคลัง", "งบบุคลากร", new BigDecimal("300")),
					tuple(LineKind.GROUP_TOTAL, GENERAL, null, "งบบุคลากร", new BigDecimal("800")),
					tuple(LineKind.HEADING, GENERAL, "งานบริหารทั่วไป", null, new BigDecimal("500")),
					tuple(LineKind.HEADING, GENERAL, "งานบริหารงานคลัง", null, new BigDecimal("300")),
					tuple(LineKind.PLAN_TOTAL, GENERAL, null, null, new BigDecimal("800")),
					tuple(LineKind.LINE, EDUCATION, "งานระดับก่อนวัยเรียนและประถมศึกษา", "งบลงทุน", new BigDecimal("44000")),
					tuple(LineKind.HEADING, EDUCATION, "งานระดับก่อนวัยเรียนและประถมศึกษา", null, new BigDecimal("44000")),
					tuple(LineKind.PLAN_TOTAL, EDUCATION, null, null, new BigDecimal("44000")));
		assertThat(parsed.problems()).extracting(ParseProblem::code, ParseProblem::row)
			.containsExactly(tuple("opendata.parse.layout.amount-unreadable", 7));
	}

	@Test
	void aSummaryNextToTheDetailIsLeftOutAndSaidSo() throws IOException {
		Map<String, String[][]> sheets = new LinkedHashMap<>();
		sheets.put("รายละเอียด", new String[][] { { "แผนงานการเกษตร" }, { "", "งานส่งเสริมการเกษตร" },
				{ "", "", "งบดำเนินงาน" }, { "", "", "", "ค่าวัสดุ" }, { "", "", "", "", "ค่าวัสดุการเกษตร", "จำนวน", "20000" } });
		sheets.put("สรุป", BY_PLAN);

		ParsedFile parsed = parser.parse(workbook(sheets), "both.xlsx");

		assertThat(parsed.layout()).isEqualTo(HierarchicalSpreadsheetParser.LAYOUT);
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::plan, SourceLine::expenseType, SourceLine::amount)
			.containsExactly(tuple("แผนงานการเกษตร", "ค่าวัสดุการเกษตร", new BigDecimal("20000")));
		assertThat(parsed.problems()).extracting(ParseProblem::code, ParseProblem::sheet)
			.containsExactly(tuple("opendata.parse.layout.summary-sheet-skipped", "สรุป"));
		assertThat(parser.recognises(workbook(Map.of("สรุป", BY_PLAN)), HierarchicalSpreadsheetParserUnitTests.XLSX))
			.isTrue();
	}

	Path workbook(Map<String, String[][]> sheets) throws IOException {
		Path file = Files.createTempFile(directory, "matrix", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			sheets.forEach((name, rows) -> {
				XSSFSheet sheet = workbook.createSheet(name);
				for (int i = 0; i < rows.length; i++) {
					var row = sheet.createRow(i);
					for (int column = 0; column < rows[i].length; column++) {
						String value = rows[i][column];
						if (value.matches("\\d+")) {
							row.createCell(column).setCellValue(Double.parseDouble(value));
						}
						else if (!value.isEmpty()) {
							row.createCell(column).setCellValue(value);
						}
					}
				}
			});
			workbook.write(out);
		}
		return file;
	}

}
