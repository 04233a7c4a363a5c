package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanRulesUnitTests {

	static final Set<String> CPI = Set.of("EIU", "WEF", "BF");

	static final Set<String> GROUPS = Set.of("BRIBERY", "BUDGET");

	static ActivityDraft valid() {
		return new ActivityDraft(1L, null, 2565, PlanTerm.SHORT, null, "โครงการประชาสัมพันธ์การต่อต้านการทุจริต", null,
				"ต.ค.๖๔ - ก.ย.๖๕", LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30), new BigDecimal("3712500.00"),
				false, null, Set.of("EIU"), Set.of("BUDGET"), false);
	}

	static ActivityDraft with(ActivityDraft d, Integer fiscalYear, PlanTerm term, Integer endFy, String title,
			LocalDate start, LocalDate end, BigDecimal budget) {
		return new ActivityDraft(d.itemId(), d.code(), fiscalYear, term, endFy, title, d.description(), d.timeframeTh(),
				start, end, budget, d.quickWin(), d.emenscrProjectId(), d.cpiSources(), d.workingGroups(), false);
	}

	static List<String> codes(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::code).toList();
	}

	static List<RuleViolation> check(ActivityDraft draft) {
		return PlanRules.activity(draft, CPI, GROUPS);
	}

	@Nested
	class Activities {

		@Test
		void aValidShortTermActivityBreaksNoRule() {
			assertThat(check(valid())).isEmpty();
		}

		@Test
		void titleIsRequired() {
			ActivityDraft d = valid();
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, "   ", d.startDate(), d.endDate(), null))))
				.containsExactly("planning.activity.title.required");
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, null, d.startDate(), d.endDate(), null))))
				.containsExactly("planning.activity.title.required");
		}

		@Test
		void fiscalYearMustBeABuddhistEraYearBetween2500And2700() {
			ActivityDraft d = valid();
			List<RuleViolation> gregorian = check(with(d, 2023, PlanTerm.SHORT, null, d.titleTh(), null, null, null));
			assertThat(codes(gregorian)).containsExactly("planning.activity.fiscal-year.range");
			assertThat(gregorian.get(0).arguments()).containsExactly("2500", "2700");
			assertThat(codes(check(with(d, 2701, PlanTerm.SHORT, null, d.titleTh(), null, null, null))))
				.containsExactly("planning.activity.fiscal-year.range");
			assertThat(check(with(d, 2500, PlanTerm.SHORT, null, d.titleTh(), null, null, null))).isEmpty();
			assertThat(check(with(d, 2700, PlanTerm.SHORT, null, d.titleTh(), null, null, null))).isEmpty();
			assertThat(codes(check(with(d, null, PlanTerm.SHORT, null, d.titleTh(), null, null, null))))
				.containsExactly("planning.activity.fiscal-year.required");
		}

		@Test
		void budgetMustBeZeroOrMoreAndBelowOneTrillionInSatang() {
			ActivityDraft d = valid();
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, new BigDecimal("-0.01")))))
				.containsExactly("planning.activity.budget.negative");
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, new BigDecimal("1E12")))))
				.containsExactly("planning.activity.budget.too-large");
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, new BigDecimal("10.005")))))
				.containsExactly("planning.activity.budget.satang");
			assertThat(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, BigDecimal.ZERO))).isEmpty();
			assertThat(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, new BigDecimal("999999999999.99"))))
				.isEmpty();
			assertThat(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, null))).isEmpty();
		}

		@Test
		void endDateCannotBeBeforeStartDate() {
			ActivityDraft d = valid();
			List<RuleViolation> problems = check(
					with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 1), null));
			assertThat(codes(problems)).containsExactly("planning.activity.end-date.before-start");
			assertThat(problems.get(0).blocking()).isTrue();
			assertThat(problems.get(0).field()).isEqualTo("endDate");
		}

		@Test
		void datesOutsideTheFiscalYearOfAShortTermPlanOnlyWarn() {
			ActivityDraft d = valid();
			// seed A65-013: ongoing since FY2563, reported in FY2565
			List<RuleViolation> problems = check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), LocalDate.of(2019, 10, 1),
					LocalDate.of(2022, 9, 30), null));
			assertThat(codes(problems)).containsExactly("planning.activity.dates.outside-fiscal-year");
			assertThat(problems.get(0).blocking()).isFalse();
			assertThat(problems.get(0).arguments()).containsExactly("2565", "2564");
			// FY2565 runs 1 Oct 2021 – 30 Sep 2022: both ends are inside
			assertThat(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), LocalDate.of(2021, 10, 1),
					LocalDate.of(2022, 9, 30), null))).isEmpty();
			assertThat(codes(check(with(d, 2565, PlanTerm.SHORT, null, d.titleTh(), null, LocalDate.of(2022, 10, 1), null))))
				.containsExactly("planning.activity.dates.outside-fiscal-year");
		}

		@Test
		void aLongTermPlanNeedsALaterLastYearAndItsDatesInsideTheTerm() {
			ActivityDraft d = valid();
			assertThat(codes(check(with(d, 2566, PlanTerm.LONG, null, d.titleTh(), null, null, null))))
				.containsExactly("planning.activity.end-fy.required");
			assertThat(codes(check(with(d, 2566, PlanTerm.LONG, 2566, d.titleTh(), null, null, null))))
				.containsExactly("planning.activity.end-fy.after-start");
			assertThat(codes(check(with(d, 2566, PlanTerm.LONG, 2701, d.titleTh(), null, null, null))))
				.containsExactly("planning.activity.fiscal-year.range");
			assertThat(check(with(d, 2566, PlanTerm.LONG, 2570, d.titleTh(), LocalDate.of(2022, 10, 1),
					LocalDate.of(2027, 9, 30), null))).isEmpty();
			List<RuleViolation> late = check(with(d, 2566, PlanTerm.LONG, 2570, d.titleTh(), LocalDate.of(2022, 10, 1),
					LocalDate.of(2027, 10, 1), null));
			assertThat(codes(late)).containsExactly("planning.activity.dates.outside-term");
			assertThat(late.get(0).arguments()).containsExactly("2566", "2570", "2565");
		}

		@Test
		void codesAndTagsMustBeKnown() {
			ActivityDraft d = valid();
			ActivityDraft bad = new ActivityDraft(null, "A 65/1", 2565, PlanTerm.SHORT, null, d.titleTh(), null, null, null,
					null, null, false, null, Set.of("XYZ"), Set.of("NOPE"), false);
			assertThat(codes(check(bad))).containsExactlyInAnyOrder("planning.activity.item.required",
					"planning.activity.code.format", "planning.activity.cpi-source.unknown",
					"planning.activity.working-group.unknown");
		}

	}

	@Nested
	class Enforcing {

		@Test
		void hardErrorsBlockAndComeBeforeWarnings() {
			List<RuleViolation> problems = List.of(RuleViolation.warning("startDate", "w"),
					RuleViolation.error("titleTh", "e"));
			assertThatThrownBy(() -> PlanRules.enforce(problems, true)).isInstanceOfSatisfying(PlanRulesBroken.class,
					ex -> {
						assertThat(ex.code()).isEqualTo("e");
						assertThat(codes(ex.violations())).containsExactly("e", "w");
					});
		}

		@Test
		void warningsMustBeConfirmed() {
			List<RuleViolation> problems = List.of(RuleViolation.warning("startDate", "w"));
			assertThatThrownBy(() -> PlanRules.enforce(problems, false)).isInstanceOfSatisfying(PlanRulesBroken.class,
					ex -> assertThat(ex.code()).isEqualTo("planning.activity.warnings.unconfirmed"));
			assertThatCode(() -> PlanRules.enforce(problems, true)).doesNotThrowAnyException();
			assertThatCode(() -> PlanRules.enforce(List.of(), false)).doesNotThrowAnyException();
		}

	}

	@Nested
	class Items {

		RecommendationItem item(long id, long source, ItemLevel level) {
			return new RecommendationItem(id, source, null, "1", level, "t", 1, Set.of(), Set.of(), 0);
		}

		ItemDraft draft(ItemLevel level) {
			return new ItemDraft(null, "1.1", level, "มาตรการ", null, Set.of(), Set.of());
		}

		@Test
		void levelsNestAreaMeasureSubMeasure() {
			assertThat(PlanRules.item(draft(ItemLevel.AREA), 1, null, false, CPI, GROUPS)).isEmpty();
			assertThat(PlanRules.item(draft(ItemLevel.MEASURE), 1, null, false, CPI, GROUPS)).isEmpty();
			assertThat(PlanRules.item(draft(ItemLevel.MEASURE), 1, item(9, 1, ItemLevel.AREA), false, CPI, GROUPS)).isEmpty();
			assertThat(PlanRules.item(draft(ItemLevel.SUB_MEASURE), 1, item(9, 1, ItemLevel.SUB_MEASURE), false, CPI, GROUPS))
				.isEmpty();
			assertThat(codes(PlanRules.item(draft(ItemLevel.AREA), 1, item(9, 1, ItemLevel.AREA), false, CPI, GROUPS)))
				.containsExactly("planning.item.level.parent-AREA");
			assertThat(codes(PlanRules.item(draft(ItemLevel.SUB_MEASURE), 1, null, false, CPI, GROUPS)))
				.containsExactly("planning.item.level.parent-SUB_MEASURE");
			assertThat(codes(PlanRules.item(draft(ItemLevel.MEASURE), 1, item(9, 1, ItemLevel.MEASURE), false, CPI, GROUPS)))
				.containsExactly("planning.item.level.parent-MEASURE");
		}

		@Test
		void theParentMustBeInTheSameSourceAndNotBelowTheItem() {
			assertThat(codes(PlanRules.item(draft(ItemLevel.MEASURE), 1, item(9, 2, ItemLevel.AREA), false, CPI, GROUPS)))
				.containsExactly("planning.item.parent.other-source");
			assertThat(codes(PlanRules.item(draft(ItemLevel.MEASURE), 1, item(9, 1, ItemLevel.AREA), true, CPI, GROUPS)))
				.containsExactly("planning.item.parent.cycle");
		}

		@Test
		void codeAndTitleAreRequired() {
			ItemDraft blank = new ItemDraft(null, " ", ItemLevel.AREA, "", null, Set.of("XYZ"), Set.of());
			assertThat(codes(PlanRules.item(blank, 1, null, false, CPI, GROUPS))).containsExactlyInAnyOrder(
					"planning.item.code.required", "planning.item.title.required", "planning.activity.cpi-source.unknown");
		}

	}

	@Nested
	class Sources {

		@Test
		void codeIsUpperCaseAndNameIsRequired() {
			assertThat(PlanRules.source(new SourceDraft("NACC3", "ข้อเสนอแนะ", null, null, null, null, true))).isEmpty();
			assertThat(codes(PlanRules.source(new SourceDraft("nacc", "", null, null, null, null, true))))
				.containsExactly("planning.source.code.format", "planning.source.name.required");
			assertThat(codes(PlanRules.source(new SourceDraft(null, "x", null, null, null, null, true))))
				.containsExactly("planning.source.code.required");
		}

	}

	@Nested
	class Kpis {

		@Test
		void nameIsRequiredAndValuesFitNumeric20_4() {
			assertThat(PlanRules.kpi(new KpiDraft("ร้อยละความพึงพอใจ", "ร้อยละ", new BigDecimal("83.24"),
					new BigDecimal("85"), true, null))).isEmpty();
			assertThat(codes(PlanRules.kpi(new KpiDraft(" ", null, null, null, true, null))))
				.containsExactly("planning.kpi.name.required");
			assertThat(codes(PlanRules.kpi(new KpiDraft("k", null, new BigDecimal("1E16"), new BigDecimal("0.00001"), true,
					null)))).containsExactly("planning.kpi.value.too-large", "planning.kpi.value.decimals");
		}

	}

}
