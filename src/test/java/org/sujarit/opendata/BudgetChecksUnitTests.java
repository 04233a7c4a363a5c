package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/** The checks of a budget document, without Spring: lines in, Frictionless-style issues out. */
class BudgetChecksUnitTests {

	static final BudgetChecks.Context PHAYAO_2569 = new BudgetChecks.Context("2560101", 2569);

	static final CodeBook CODES = new CodeBook(List.of(
			new CodeEntry(1, CodeList.SIDE, "general-administration", "ด้านบริหารทั่วไป", "General administration", null,
					"00100", 1, true, 0),
			new CodeEntry(2, CodeList.SIDE, "community-social-services", "ด้านบริการชุมชนและสังคม", "Community", null,
					"00200", 2, true, 0),
			new CodeEntry(3, CodeList.PLAN, "general-administration", "แผนงานบริหารงานทั่วไป", "General administration",
					"general-administration", "00110", 1, true, 0),
			new CodeEntry(4, CodeList.PLAN, "education", "แผนงานการศึกษา", "Education", "community-social-services",
					"00210", 3, true, 0),
			new CodeEntry(5, CodeList.BUDGET_GROUP, "personnel", "งบบุคลากร", "Personnel", null, null, 2, true, 0),
			new CodeEntry(6, CodeList.BUDGET_GROUP, "operations", "งบดำเนินงาน", "Operations", null, null, 3, true, 0),
			new CodeEntry(7, CodeList.CATEGORY, "materials", "ค่าวัสดุ", "Materials", "operations", null, 6, true, 0),
			new CodeEntry(8, CodeList.CATEGORY, "salaries-staff", "เงินเดือน (ฝ่ายประจำ)", "Salaries", "personnel", null, 3,
					true, 0),
			new CodeEntry(9, CodeList.PLAN, "retired", "แผนงานเลิกใช้", "Retired", "general-administration", null, 99,
					false, 0)));

	private final List<BudgetLine> lines = new ArrayList<>();

	private BudgetLine line(LineKind kind, String plan, String group, String category, String item, String amount) {
		return line(kind, "", "", "", plan, group, category, item, amount, "");
	}

	private BudgetLine line(LineKind kind, String year, String lao, String side, String plan, String group,
			String category, String item, String amount, String code) {
		int n = lines.size() + 1;
		BudgetLine line = new BudgetLine(n, n, kind, year, lao, side, plan, "งานบริหารทั่วไป", group, category, null,
				code, item, amount, null, "budget", n + 2, null, null, 0);
		lines.add(line);
		return line;
	}

	private ValidationReport check() {
		return BudgetChecks.check(PHAYAO_2569, lines, List.of(), CODES);
	}

	private static List<String> codes(ValidationReport report) {
		return report.issues().stream().map(ValidationIssue::code).toList();
	}

	@Test
	void aConsistentBudgetIsValid() {
		line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือน", "๑,๐๐๐,๐๐๐");
		line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "หมวดค่าวัสดุ", "วัสดุสำนักงาน", "50,000.50");
		line(LineKind.LINE, "general-administration", "operations", "materials", "วัสดุคอมพิวเตอร์", "-");
		line(LineKind.GROUP_TOTAL, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "รวมงบดำเนินงาน", "50,000.50");
		line(LineKind.PLAN_TOTAL, "00110", "", "", "รวมแผนงาน", "1,050,000.50");
		line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "1050000.5");
		ValidationReport report = check();
		assertThat(report.issues()).isEmpty();
		assertThat(report.valid()).isTrue();
	}

	@Test
	void printedTotalsMustEqualTheSumOfTheirLines() {
		line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบบุคลากร", "", "เงินเดือน", "1,000,000");
		BudgetLine materials = line(LineKind.LINE, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "วัสดุ", "60,000");
		BudgetLine group = line(LineKind.GROUP_TOTAL, "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "รวม", "50,000");
		line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000");
		BudgetLine plan = line(LineKind.PLAN_TOTAL, "แผนงานบริหารงานทั่วไป", "", "", "รวมแผนงาน", "1,060,000");
		// a group total without its plan covers the group in every plan
		line(LineKind.GROUP_TOTAL, "", "งบดำเนินงาน", "", "รวมงบดำเนินงานทุกแผนงาน", "70,000");
		BudgetLine grand = line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "1,060,000");
		ValidationReport report = check();
		assertThat(codes(report)).containsExactly("group-total-mismatch", "grand-total-mismatch");
		ValidationIssue mismatch = report.issues().get(0);
		assertThat(mismatch.lineId()).isEqualTo(group.id());
		assertThat(mismatch.row()).isEqualTo(group.row());
		assertThat(mismatch.field()).isEqualTo(BudgetField.AMOUNT);
		assertThat(mismatch.cell()).isEqualTo("50,000");
		assertThat(mismatch.arguments()).containsExactly("งบดำเนินงาน", "50,000.00", "60,000.00", "-10,000.00", "1");
		assertThat(report.issues().get(1).arguments()).containsExactly("", "1,060,000.00", "1,070,000.00", "-10,000.00", "3");
		assertThat(report.flagged(plan.id())).isFalse();
		assertThat(report.flagged(grand.id(), BudgetField.AMOUNT)).isTrue();
		assertThat(report.flagged(materials.id())).isFalse();
	}

	@Test
	void totalsWithoutTheirPlanOrGroupBelongToTheLinesAboveThem() {
		line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000");
		line(LineKind.GROUP_TOTAL, "", "", "", "รวม", "10,000");
		line(LineKind.PLAN_TOTAL, "", "", "", "รวม", "20,000");
		assertThat(codes(check())).containsExactly("plan-total-mismatch");
	}

	@Test
	void cellsAreCheckedForTypesCodesAndTheDocumentTheyBelongTo() {
		line(LineKind.LINE, "2568", "2560101", "", "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "ก", "สิบบาท", "");
		line(LineKind.LINE, "2026", "2500101", "", "แผนงานสวนสนุก", "งบพิเศษ", "", "ข", "-5", "123");
		line(LineKind.LINE, "๒๕๖๙", "", "ด้านบริการชุมชนและสังคม", "แผนงานบริหารงานทั่วไป", "งบบุคลากร", "ค่าวัสดุ", "",
				"1.005", "12345ab");
		line(LineKind.LINE, "", "", "", "แผนงานเลิกใช้", "", "", "ง", "20,000,000,000", "");
		line(LineKind.LINE, "", "", "", "", "งบดำเนินงาน", "", "จ", "", "");
		line(LineKind.LINE, "", "", "", "แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", "", "ฉ\uFFFD", "1", "");
		ValidationReport report = check();
		assertThat(report.issues()).extracting(i -> i.ordinal() + ":" + i.code() + ":" + (i.field() == null ? "" : i.field().key()))
			.containsExactly("1:fiscal-year-mismatch:fiscal_year", "1:type-error:amount",
					"2:unknown-lao:lao_code", "2:negative-amount:amount", "2:foreign-key:plan",
					"2:foreign-key:budget_group", "2:constraint-error:expense_code",
					"3:constraint-error:amount", "3:missing-cell:item", "3:foreign-key:side", "3:foreign-key:category",
					"3:type-error:expense_code", "4:absurd-amount:amount", "4:foreign-key:plan", "4:missing-cell:budget_group",
					"5:missing-cell:amount", "5:missing-cell:plan", "6:encoding-error:item");
		assertThat(report.issues().get(0).arguments()).containsExactly("2568", "2569");
		assertThat(report.errorCount()).isEqualTo(18);
	}

	@Test
	void repeatedLinesAndEmptyDocumentsAreReported() {
		line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000");
		BudgetLine again = line(LineKind.LINE, "การศึกษา", "งบดำเนินงาน", "", " วัสดุการศึกษา", "10000.00");
		ValidationReport report = check();
		assertThat(codes(report)).containsExactly("duplicate-row");
		assertThat(report.issues().get(0).lineId()).isEqualTo(again.id());
		assertThat(report.issues().get(0).arguments()).containsExactly("3");

		lines.clear();
		line(LineKind.GRAND_TOTAL, "", "", "", "รวมทั้งสิ้น", "0");
		assertThat(codes(check())).containsExactly("blank-table");
	}

	@Test
	void parseNotesAreShownWithoutMakingTheDocumentInvalid() {
		line(LineKind.LINE, "แผนงานการศึกษา", "งบดำเนินงาน", "", "วัสดุการศึกษา", "10,000");
		ValidationReport report = BudgetChecks.check(PHAYAO_2569, lines,
				List.of(new BudgetChecks.ParseNote("opendata.parse.scanned-pdf", List.of(), null, null, 4)), CODES);
		assertThat(codes(report)).containsExactly("parse-note");
		assertThat(report.issues().get(0).row()).isEqualTo(4);
		assertThat(report.valid()).isTrue();
	}

	@Test
	void yearsAndAmountsAreReadAsOfficialsTypeThem() {
		assertThat(BudgetChecks.fiscalYear("๒๕๖๙")).contains(2569);
		assertThat(BudgetChecks.fiscalYear("2026")).contains(2569);
		assertThat(BudgetChecks.fiscalYear("พ.ศ. 2569")).contains(2569);
		assertThat(BudgetChecks.fiscalYear("69")).isEmpty();
		assertThat(BudgetChecks.storedAmount("๑,๒๓๔.๕")).isEqualByComparingTo("1234.50");
		assertThat(BudgetChecks.storedAmount("-")).isEqualByComparingTo("0");
		assertThat(BudgetChecks.storedAmount("1.005")).isNull();
		assertThat(BudgetChecks.storedAmount("abc")).isNull();
	}

}
