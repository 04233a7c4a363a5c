package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * The streaming check of open-data CSV files, without Spring: on the same lines it must find exactly what
 * the check of stored documents finds (same codes, rows, cells, messages, in the same order), plus the
 * Table Schema's own rules, and it must read Thai encodings.
 */
class BudgetCsvCheckUnitTests {

	static final BudgetChecks.Context PHAYAO_2569 = BudgetChecksUnitTests.PHAYAO_2569;

	static final List<String> HEADER = header();

	private static List<String> header() {
		List<String> names = new ArrayList<>(BudgetOutputs.COLUMNS.stream().map(BudgetOutputs.Column::name).toList());
		names.add(BudgetCsvCheck.ROW_TYPE);
		return names;
	}

	/** A fixture: budget lines as they would be stored, row = position in the CSV (the header is row 1). */
	private static final class Fixture {

		final List<BudgetLine> lines = new ArrayList<>();

		Fixture line(LineKind kind, String year, String lao, String side, String plan, String work, String group,
				String category, String item, String amount, String code) {
			int n = lines.size() + 1;
			lines.add(new BudgetLine(n, n, kind, year, lao, side, plan, work, group, category, null, code, item, amount,
					null, null, n + 1, null, null, 0));
			return this;
		}

		Fixture line(LineKind kind, String plan, String group, String category, String item, String amount) {
			return line(kind, "", "", "", plan, "งานบริหารทั่วไป", group, category, item, amount, "");
		}

		/** The lines in the published layout, names in the name columns, with a row_type column. */
		byte[] csv(BudgetChecks.Context context, Charset charset) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (CsvWriter csv = new CsvWriter(out)) {
				csv.row(new ArrayList<>(HEADER));
				int number = 0;
				for (BudgetLine line : lines) {
					Map<String, String> values = new java.util.HashMap<>();
					values.put("line_no", String.valueOf(++number));
					values.put("lao_code", BudgetChecks.blank(line.laoCode()) ? context.laoCode() : line.laoCode());
					values.put("lao_name", "อบจ.พะเยา");
					values.put("fiscal_year",
							BudgetChecks.blank(line.fiscalYear()) ? String.valueOf(context.fiscalYear()) : line.fiscalYear());
					values.put("document_type", "ORDINANCE");
					values.put("side_name", line.side());
					values.put("plan_name", line.plan());
					values.put("work_name", line.work());
					values.put("budget_group_name", line.budgetGroup());
					values.put("category_name", line.category());
					values.put("expense_type_name", line.expenseType());
					values.put("expense_code", line.expenseCode());
					values.put("item", line.item());
					values.put("amount", line.amountText());
					values.put(BudgetCsvCheck.ROW_TYPE, line.kind().name());
					csv.row(HEADER.stream().map(name -> (Object) values.getOrDefault(name, "")).map(v -> v == null ? "" : v)
						.toList());
				}
			}
			String text = out.toString(StandardCharsets.UTF_8);
			return text.getBytes(charset);
		}

	}

	private static CsvValidationReport stream(byte[] csv, BudgetChecks.Context declared, Set<String> laos, int limit) {
		BudgetCsvCheck check = new BudgetCsvCheck(BudgetChecksUnitTests.CODES, laos, declared, limit);
		new TabularReader(TabularProperties.defaults()).read(new ByteArrayInputStream(csv), "budget.csv", check);
		return check.report("budget.csv");
	}

	/** What both checks must agree on: code, row, column, cell, message and its arguments. */
	private static String stored(ValidationIssue issue) {
		String column = issue.field() == null ? "" : switch (issue.field()) {
			case SIDE -> "side_name";
			case PLAN -> "plan_name";
			case BUDGET_GROUP -> "budget_group_name";
			case CATEGORY -> "category_name";
			default -> BudgetCsvCheck.columnOf(issue.field());
		};
		return issue.code() + "|" + issue.row() + "|" + column + "|" + nonNull(issue.cell()) + "|" + issue.message() + "|"
				+ issue.arguments() + "|" + issue.error();
	}

	private static String streamed(CsvIssue issue) {
		return issue.code() + "|" + issue.row() + "|" + nonNull(issue.column()) + "|" + nonNull(issue.cell()) + "|"
				+ issue.message() + "|" + issue.arguments() + "|" + issue.error();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static void sameAsStoredCheck(Consumer<Fixture> fill) {
		Fixture fixture = new Fixture();
		fill.accept(fixture);
		ValidationReport stored = BudgetChecks.check(PHAYAO_2569, fixture.lines, List.of(), BudgetChecksUnitTests.CODES);
		CsvValidationReport streamed = stream(fixture.csv(PHAYAO_2569, StandardCharsets.UTF_8), PHAYAO_2569, Set.of(),
				1000);
		assertThat(streamed.issues().stream().map(BudgetCsvCheckUnitTests::streamed).toList())
			.containsExactlyElementsOf(stored.issues().stream().map(BudgetCsvCheckUnitTests::stored).toList());
		assertThat(streamed.errorCount()).isEqualTo(stored.errorCount());
		assertThat(streamed.rows()).isEqualTo(fixture.lines.size());
	}

	@Test
	void aConsistentBudgetPassesBothChecks() {
		sameAsStoredCheck(f -> f
			.line(LineKind.HEADING, "แผนงานบริหารงานทั่วไป", "", "", "แผนงานบริหารงานทั่วไป", "")
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือน", "๑,๐๐๐,๐๐๐")
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "หมวดค่าวัสดุ", "วัสดุสำนักงาน", "50,000.50")
			.line(LineKind.LINE, "general-administration", "operations", "materials", "วัสดุคอมพิวเตอร์", "-")
			.line(LineKind.GROUP_TOTAL, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "รวมงบดำเนินงาน", "50,000.50")
			.line(LineKind.PLAN_TOTAL, "00110", "", "", "รวมแผนงาน", "1,050,000.50")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "1050000.5"));
	}

	@Test
	void printedTotalsAreCheckedTheSameWayIncludingTotalsPrintedBeforeTheirLines() {
		sameAsStoredCheck(f -> f
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบบุคลากร", "", "เงินเดือน", "1,000,000")
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "วัสดุ", "60,000")
			.line(LineKind.GROUP_TOTAL, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "รวม", "50,000")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น (พิมพ์ไว้ก่อน)", "1,070,000")
			.line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000")
			.line(LineKind.PLAN_TOTAL, "แผนงานบริหารงานทั่วไป", "", "", "รวมแผนงาน", "1,060,000")
			.line(LineKind.GROUP_TOTAL, "", "งบดำเนินงาน", "", "รวมงบดำเนินงานทุกแผนงาน", "70,000")
			.line(LineKind.GROUP_TOTAL, "", "", "", "รวม", "10,000")
			.line(LineKind.PLAN_TOTAL, "", "", "", "รวม", "20,000")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "1,060,000"));
	}

	@Test
	void badCellsAreReportedTheSameWay() {
		sameAsStoredCheck(f -> f
			.line(LineKind.LINE, "2568", "2560101", "", "แผนงานบริหารงานทั่วไป", "งาน", "งบดำเนินงาน", "ค่าวัสดุ", "ก",
					"สิบบาท", "")
			.line(LineKind.LINE, "2026", "2500101", "", "แผนงานสวนสนุก", "งาน", "งบพิเศษ", "", "ข", "-5", "123")
			.line(LineKind.LINE, "๒๕๖๙", "", "ด้านบริการชุมชนและสังคม", "แผนงานบริหารงานทั่วไป", "งาน", "งบบุคลากร",
					"ค่าวัสดุ", "", "1.005", "12345ab")
			.line(LineKind.LINE, "", "", "", "แผนงานเลิกใช้", "งาน", "", "", "ง", "20,000,000,000", "")
			.line(LineKind.LINE, "", "", "", "", "งาน", "งบดำเนินงาน", "", "จ", "", "")
			.line(LineKind.LINE, "", "", "", "แผนงานบริหารงานทั่วไป", "งาน", "งบดำเนินงาน", "", "ฉ\uFFFD", "1", "")
			.line(LineKind.LINE, "", "", "", "แผนงานบริหารงานทั่วไป", "งาน", "งบดำเนินงาน", "", "#REF!", "#DIV/0!", "")
			.line(LineKind.LINE, "", "", "", "แผนงานบริหารงานทั่วไป", "งาน", "งบดำเนินงาน", "", "ช", "#VALUE!",
					"๑๒๓๔๕๖๗")
			.line(LineKind.LINE, "", "", "", "แผนงานการศึกษา", "งาน", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000", "")
			.line(LineKind.LINE, "", "", "", "การศึกษา", "งาน", "งบดำเนินงาน", "", "วัสดุการศึกษา", "๑๐๐๐๐.๐๐", "")
			.line(LineKind.GRAND_TOTAL, "", "", "", "", "", "", "", "รวมทั้งสิ้น", "#REF!", ""));
	}

	@Test
	void formulaErrorsAreReportedPerCellAndNeverReadAsZero() {
		Fixture fixture = new Fixture()
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "วัสดุ", "#DIV/0!")
			.line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "#REF!", "100")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "100");
		CsvValidationReport report = stream(fixture.csv(PHAYAO_2569, StandardCharsets.UTF_8), PHAYAO_2569, Set.of(), 10);
		assertThat(report.issues()).extracting(i -> i.code() + "@" + i.row() + ":" + i.column() + "=" + i.cell())
			.containsExactly("formula-error@2:amount=#DIV/0!", "formula-error@3:item=#REF!");
		assertThat(report.issues().get(0).arguments()).containsExactly("#DIV/0!");
	}

	@Test
	void windows874AndUtf8WithOrWithoutByteOrderMarkReadTheSame() {
		Fixture fixture = new Fixture()
			.line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "๑๐,๐๐๐")
			.line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "10000")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "๒๐,๐๐๐");
		byte[] utf8 = fixture.csv(PHAYAO_2569, StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		CsvValidationReport fromUtf8 = stream(utf8, PHAYAO_2569, Set.of(), 10);
		CsvValidationReport fromBom = stream(bom, PHAYAO_2569, Set.of(), 10);
		CsvValidationReport fromThai = stream(fixture.csv(PHAYAO_2569, Charset.forName("windows-874")), PHAYAO_2569,
				Set.of(), 10);
		assertThat(fromUtf8.encoding()).isEqualTo("CSV_UTF8");
		assertThat(fromBom.encoding()).isEqualTo("CSV_UTF8");
		assertThat(fromThai.encoding()).isEqualTo("CSV_WINDOWS_874");
		for (CsvValidationReport report : List.of(fromUtf8, fromBom, fromThai)) {
			assertThat(report.header()).first().isEqualTo("line_no");
			assertThat(report.issues()).extracting(i -> i.code() + "@" + i.row() + "=" + i.arguments())
				.containsExactly("duplicate-row@3=[2]");
		}
	}

	@Test
	void brokenBytesAndWorkbooksAreRefusedWithTheirReason() {
		byte[] broken = "line_no,amount\n1,\u0E01".getBytes(StandardCharsets.UTF_8);
		byte[] mixed = new byte[broken.length + 2];
		System.arraycopy(broken, 0, mixed, 0, broken.length);
		mixed[broken.length] = (byte) 0x81; // neither UTF-8 nor Windows-874 after UTF-8 Thai
		mixed[broken.length + 1] = (byte) 0xDB;
		assertThatThrownBy(() -> stream(mixed, null, Set.of(), 10)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("platform.tabular.encoding");
		assertThatThrownBy(() -> stream(workbook(), null, Set.of(), 10)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("opendata.validate.not-csv");
	}

	private static byte[] workbook() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("budget").createRow(0).createCell(0).setCellValue("line_no");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void theHeaderAndTheTableSchemasTypesAreChecked() {
		String csv = "line_no,lao_code,fiscal_year,amount,item,colour,item,\n" + "1,2560101,2569,100,ก,แดง,ก,\n"
				+ "x,2560101,2569,200,ข,,ข,\n" + "1,2560101,,300,ค,,ค,\n" + "2,,2569,400,ง,,ง,extra\n";
		CsvValidationReport report = stream(csv.getBytes(StandardCharsets.UTF_8), null, Set.of("2560101"), 100);
		assertThat(report.issues()).extracting(i -> i.code() + "@" + i.row() + ":" + i.column())
			.contains("extra-label@1:colour", "duplicate-label@1:item", "missing-label@1:plan_code",
					"missing-label@1:source_row", "type-error@3:line_no", "primary-key@4:line_no",
					"missing-cell@4:fiscal_year", "missing-cell@5:lao_code", "extra-cell@5:H")
			.doesNotContain("blank-label@1:H");
		assertThat(report.rows()).isEqualTo(4);
		assertThat(report.valid()).isFalse();
	}

	@Test
	void aFileOfManyLaosIsCheckedLaoByLao() {
		Fixture phayao = new Fixture()
			.line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "10,000")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "10,000");
		Fixture other = new Fixture()
			.line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "10,000")
			.line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "20,000");
		String first = new String(phayao.csv(PHAYAO_2569, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		String second = new String(other.csv(new BudgetChecks.Context("2500101", 2569), StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
		String third = new String(phayao.csv(new BudgetChecks.Context("9999999", 2568), StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
		String again = new String(phayao.csv(PHAYAO_2569, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		String file = first + body(second) + body(third) + body(again);
		CsvValidationReport report = stream(file.getBytes(StandardCharsets.UTF_8), null, Set.of("2560101", "2500101"),
				100);
		// the same line in two LAOs is no duplicate; each LAO's totals are its own; the year is the file's
		assertThat(report.issues()).extracting(i -> i.code() + "@" + i.row())
			.containsExactly("grand-total-mismatch@5", "unknown-lao@6", "fiscal-year-mismatch@6", "unknown-lao@7",
					"fiscal-year-mismatch@7", "lao-split@8");
		assertThat(report.laos()).isEqualTo(3);
		assertThat(report.rows()).isEqualTo(8);
	}

	private static String body(String csv) {
		return csv.substring(csv.indexOf('\n') + 1);
	}

	@Test
	void theReportListsTheFirstIssuesAndCountsThemAll() {
		StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
		for (int i = 1; i <= 30; i++) {
			csv.append(i).append(",2560101,อบจ.,2569,ORDINANCE,,,,ไม่มีแผนงานนี้,,,,,,,,,,,รายการ ").append(i)
				.append(",").append(i).append(",,\n");
		}
		CsvValidationReport report = stream(csv.toString().getBytes(StandardCharsets.UTF_8), PHAYAO_2569, Set.of(), 5);
		assertThat(report.issues()).hasSize(5);
		assertThat(report.truncated()).isTrue();
		assertThat(report.counts()).containsEntry("foreign-key", 30L).containsEntry("missing-cell", 30L);
		assertThat(report.errorCount()).isEqualTo(60);
	}

}
