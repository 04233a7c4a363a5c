package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.planning.Kpi;

class ReportRulesUnitTests {

	private static final Kpi TRAINED = new Kpi(7, 1, "ผู้ผ่านการอบรม", "คน", BigDecimal.ZERO, new BigDecimal("300"), true, 2);

	private static final Kpi COMPLAINTS = new Kpi(8, 1, "เรื่องร้องเรียนค้าง", "เรื่อง", BigDecimal.TEN, BigDecimal.ONE, false, 1);

	@Test
	void aCompleteReportMeetsEveryRule() {
		assertThat(ReportRules.forSubmission(complete(), List.of(TRAINED), Map.of())).isEmpty();
	}

	@Test
	void draftsMayBeIncompleteButNeverNegativeOrAbsurd() {
		ReportDraft draft = new ReportDraft(null, null, null, null, new BigDecimal("-1"),
				new BigDecimal("1000000000000"), List.of("ftp://example.org", "https://www.pacc.go.th/x"),
				List.of(new KpiActual(7, 0, new BigDecimal("-5"), null)), Map.of());
		assertThat(ReportRules.storable(draft)).extracting(RuleViolation::code)
			.containsExactlyInAnyOrder("reporting.rule.amount-negative", "reporting.rule.number-absurd",
					"reporting.rule.link-invalid", "reporting.rule.kpi-negative");
		assertThat(ReportRules.storable(new ReportDraft(null, null, null, null, null, null, null, null, null))).isEmpty();
	}

	@Test
	void amountsHaveAtMostTwoDecimals() {
		ReportDraft draft = new ReportDraft(null, null, null, null, new BigDecimal("10.505"), new BigDecimal("10.500"),
				null, null, null);
		assertThat(ReportRules.storable(draft)).extracting(RuleViolation::field).containsExactly("budgetAllocated");
	}

	@Test
	void submissionNeedsStatusNarrativeAndEveryKpi() {
		ReportDraft empty = new ReportDraft(ProgressStatus.ON_TRACK, "  ", null, null, null, null, null, null, null);
		assertThat(ReportRules.forSubmission(empty, List.of(TRAINED), Map.of())).extracting(RuleViolation::code)
			.containsExactlyInAnyOrder("reporting.rule.narrative-required", "reporting.rule.kpi-required");
	}

	@Test
	void notStartedActivitiesNeedNoKpiValues() {
		ReportDraft notStarted = new ReportDraft(ProgressStatus.NOT_STARTED, "ยังไม่ได้รับจัดสรรงบประมาณ", null, null,
				null, null, null, null, null);
		assertThat(ReportRules.forSubmission(notStarted, List.of(TRAINED), Map.of())).isEmpty();
	}

	@Test
	void disbursedAboveAllocatedWarnsAndNeedsAReason() {
		ReportDraft over = withBudget(complete(), "100000", "120000", Map.of());
		List<RuleViolation> warnings = ReportRules.warnings(over, List.of(TRAINED), Map.of());
		assertThat(warnings).singleElement().satisfies(w -> {
			assertThat(w.soft()).isTrue();
			assertThat(w.warningKey()).isEqualTo(ReportRules.DISBURSED_OVER_ALLOCATED);
		});
		assertThat(ReportRules.forSubmission(over, List.of(TRAINED), Map.of())).hasSize(1);
		ReportDraft explained = withBudget(complete(), "100000", "120000",
				Map.of(ReportRules.DISBURSED_OVER_ALLOCATED, "ได้รับโอนงบกลางเพิ่มเติม"));
		assertThat(ReportRules.forSubmission(explained, List.of(TRAINED), Map.of())).isEmpty();
	}

	@Test
	void aCumulativeKpiGoingBackwardsWarnsInTheKpisOwnDirection() {
		ReportDraft draft = new ReportDraft(ProgressStatus.ON_TRACK, "ผล", null, null, null, null, null,
				List.of(new KpiActual(7, 2, new BigDecimal("120"), null), new KpiActual(8, 1, new BigDecimal("4"), null)),
				null);
		Map<Long, BigDecimal> previous = Map.of(7L, new BigDecimal("150"), 8L, new BigDecimal("3"));
		assertThat(ReportRules.warnings(draft, List.of(TRAINED, COMPLAINTS), previous)).extracting(RuleViolation::warningKey)
			.containsExactlyInAnyOrder("kpi-went-backwards-7", "kpi-went-backwards-8");
		Map<Long, BigDecimal> improving = Map.of(7L, new BigDecimal("100"), 8L, new BigDecimal("9"));
		assertThat(ReportRules.warnings(draft, List.of(TRAINED, COMPLAINTS), improving)).isEmpty();
	}

	@Test
	void veryLongThaiTextWithCombiningMarksIsBoundedByLength() {
		String marks = "ที่นี่มีผู้ใช้บริการที่พึงพอใจ".repeat(2_000);
		ReportDraft draft = new ReportDraft(ProgressStatus.ON_TRACK, marks, null, null, null, null, null, null, null);
		assertThat(ReportRules.storable(draft)).extracting(RuleViolation::code).containsExactly("reporting.rule.text-too-long");
	}

	private static ReportDraft complete() {
		return new ReportDraft(ProgressStatus.ON_TRACK, "จัดอบรมเจ้าหน้าที่ 3 รุ่น", null, null, null, null,
				List.of("https://www.pacc.go.th/"), List.of(new KpiActual(7, 0, new BigDecimal("180"), null)), Map.of());
	}

	private static ReportDraft withBudget(ReportDraft draft, String allocated, String disbursed, Map<String, String> reasons) {
		return new ReportDraft(draft.progressStatus(), draft.narrative(), draft.problems(), draft.suggestions(),
				new BigDecimal(allocated), new BigDecimal(disbursed), draft.links(), draft.kpis(), reasons);
	}

}
