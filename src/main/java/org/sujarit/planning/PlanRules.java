package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sujarit.platform.thai.FiscalYear;

/**
 * The rules an activity, item, source or KPI must follow, without Spring or a database. Hard rules
 * ({@link RuleViolation.Severity#ERROR}) block saving; soft rules (warnings) only need the editor's
 * confirmation, because real plans break them for good reasons (the seed's activities often started
 * before the fiscal year they are reported in).
 *
 * <p>Year arguments are passed as strings so that messages never group their digits ("2,565").
 */
final class PlanRules {

	static final int MIN_FISCAL_YEAR = 2500;

	static final int MAX_FISCAL_YEAR = 2700;

	/** Budgets must stay below one trillion baht (numeric(18,2)). */
	static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");

	/** KPI values are numeric(20,4). */
	static final BigDecimal MAX_KPI_VALUE = new BigDecimal("10000000000000000");

	static final int MAX_TITLE = 4000;

	static final int MAX_TEXT = 20000;

	static final int MAX_SHORT_TEXT = 500;

	private static final Pattern ACTIVITY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private static final Pattern ITEM_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.()-]{0,29}");

	private static final Pattern SOURCE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

	private PlanRules() {
	}

	static List<RuleViolation> activity(ActivityDraft draft, Set<String> knownCpiSources, Set<String> knownGroups) {
		List<RuleViolation> problems = new ArrayList<>();
		if (draft.itemId() == null) {
			problems.add(RuleViolation.error("itemId", "planning.activity.item.required"));
		}
		if (!blank(draft.code()) && !ACTIVITY_CODE.matcher(draft.code().strip()).matches()) {
			problems.add(RuleViolation.error("code", "planning.activity.code.format"));
		}
		if (blank(draft.titleTh())) {
			problems.add(RuleViolation.error("titleTh", "planning.activity.title.required"));
		}
		else if (draft.titleTh().strip().length() > MAX_TITLE) {
			problems.add(RuleViolation.error("titleTh", "planning.activity.title.too-long", MAX_TITLE));
		}
		tooLong(problems, "description", draft.description(), MAX_TEXT);
		tooLong(problems, "timeframeTh", draft.timeframeTh(), MAX_SHORT_TEXT);
		tooLong(problems, "emenscrProjectId", draft.emenscrProjectId(), 100);
		boolean yearValid = fiscalYear(problems, draft);
		budget(problems, draft.plannedBudget());
		LocalDate start = draft.startDate();
		LocalDate end = draft.endDate();
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(RuleViolation.error("endDate", "planning.activity.end-date.before-start"));
		}
		else if (yearValid) {
			datesInsideTerm(problems, draft);
		}
		for (String code : draft.cpiSources()) {
			if (!knownCpiSources.contains(code)) {
				problems.add(RuleViolation.error("cpiSources", "planning.activity.cpi-source.unknown", code));
			}
		}
		for (String code : draft.workingGroups()) {
			if (!knownGroups.contains(code)) {
				problems.add(RuleViolation.error("workingGroups", "planning.activity.working-group.unknown", code));
			}
		}
		return problems;
	}

	/** Checks the fiscal year(s); true when they are valid enough to check dates against. */
	private static boolean fiscalYear(List<RuleViolation> problems, ActivityDraft draft) {
		Integer year = draft.fiscalYear();
		if (year == null) {
			problems.add(RuleViolation.error("fiscalYear", "planning.activity.fiscal-year.required"));
			return false;
		}
		if (year < MIN_FISCAL_YEAR || year > MAX_FISCAL_YEAR) {
			problems.add(RuleViolation.error("fiscalYear", "planning.activity.fiscal-year.range",
					String.valueOf(MIN_FISCAL_YEAR), String.valueOf(MAX_FISCAL_YEAR)));
			return false;
		}
		if (draft.planTerm() == PlanTerm.LONG) {
			Integer last = draft.endFy();
			if (last == null) {
				problems.add(RuleViolation.error("endFy", "planning.activity.end-fy.required"));
				return false;
			}
			if (last <= year) {
				problems.add(RuleViolation.error("endFy", "planning.activity.end-fy.after-start", String.valueOf(year)));
				return false;
			}
			if (last > MAX_FISCAL_YEAR) {
				problems.add(RuleViolation.error("endFy", "planning.activity.fiscal-year.range",
						String.valueOf(MIN_FISCAL_YEAR), String.valueOf(MAX_FISCAL_YEAR)));
				return false;
			}
		}
		return true;
	}

	private static void budget(List<RuleViolation> problems, BigDecimal budget) {
		if (budget == null) {
			return;
		}
		if (budget.signum() < 0) {
			problems.add(RuleViolation.error("plannedBudget", "planning.activity.budget.negative"));
		}
		else if (budget.compareTo(MAX_BUDGET) >= 0) {
			problems.add(RuleViolation.error("plannedBudget", "planning.activity.budget.too-large"));
		}
		else if (budget.stripTrailingZeros().scale() > 2) {
			problems.add(RuleViolation.error("plannedBudget", "planning.activity.budget.satang"));
		}
	}

	/**
	 * Soft rule: a short-term activity's dates should fall inside its fiscal year, a long-term one's inside
	 * its first to last fiscal year. Ongoing work carried over from earlier years legitimately breaks it.
	 */
	private static void datesInsideTerm(List<RuleViolation> problems, ActivityDraft draft) {
		int first = draft.fiscalYear();
		int last = draft.planTerm() == PlanTerm.LONG ? draft.endFy() : first;
		LocalDate from = FiscalYear.of(first).start();
		LocalDate to = FiscalYear.of(last).end();
		boolean outside = (draft.startDate() != null && (draft.startDate().isBefore(from) || draft.startDate().isAfter(to)))
				|| (draft.endDate() != null && (draft.endDate().isBefore(from) || draft.endDate().isAfter(to)));
		if (!outside) {
			return;
		}
		if (draft.planTerm() == PlanTerm.LONG) {
			problems.add(RuleViolation.warning("startDate", "planning.activity.dates.outside-term",
					String.valueOf(first), String.valueOf(last), String.valueOf(first - 1)));
		}
		else {
			problems.add(RuleViolation.warning("startDate", "planning.activity.dates.outside-fiscal-year",
					String.valueOf(first), String.valueOf(first - 1)));
		}
	}

	static List<RuleViolation> kpi(KpiDraft draft) {
		List<RuleViolation> problems = new ArrayList<>();
		if (blank(draft.nameTh())) {
			problems.add(RuleViolation.error("nameTh", "planning.kpi.name.required"));
		}
		else {
			tooLong(problems, "nameTh", draft.nameTh(), MAX_TITLE);
		}
		tooLong(problems, "unitTh", draft.unitTh(), 100);
		tooLong(problems, "reason", draft.reason(), MAX_SHORT_TEXT);
		kpiValue(problems, "baseline", draft.baseline());
		kpiValue(problems, "target", draft.target());
		return problems;
	}

	private static void kpiValue(List<RuleViolation> problems, String field, BigDecimal value) {
		if (value == null) {
			return;
		}
		if (value.abs().compareTo(MAX_KPI_VALUE) >= 0) {
			problems.add(RuleViolation.error(field, "planning.kpi.value.too-large"));
		}
		else if (value.stripTrailingZeros().scale() > 4) {
			problems.add(RuleViolation.error(field, "planning.kpi.value.decimals"));
		}
	}

	static List<RuleViolation> source(SourceDraft draft) {
		List<RuleViolation> problems = new ArrayList<>();
		if (blank(draft.code())) {
			problems.add(RuleViolation.error("code", "planning.source.code.required"));
		}
		else if (!SOURCE_CODE.matcher(draft.code().strip()).matches()) {
			problems.add(RuleViolation.error("code", "planning.source.code.format"));
		}
		if (blank(draft.nameTh())) {
			problems.add(RuleViolation.error("nameTh", "planning.source.name.required"));
		}
		else {
			tooLong(problems, "nameTh", draft.nameTh(), MAX_TITLE);
		}
		tooLong(problems, "nameEn", draft.nameEn(), MAX_TITLE);
		tooLong(problems, "issuerTh", draft.issuerTh(), MAX_TITLE);
		tooLong(problems, "periodTh", draft.periodTh(), MAX_SHORT_TEXT);
		return problems;
	}

	/**
	 * @param parent the item's parent, null at the top of the tree
	 * @param parentIsSelfOrBelow whether the parent is the item itself or one of its descendants
	 */
	static List<RuleViolation> item(ItemDraft draft, long sourceId, RecommendationItem parent,
			boolean parentIsSelfOrBelow, Set<String> knownCpiSources, Set<String> knownGroups) {
		List<RuleViolation> problems = new ArrayList<>();
		if (blank(draft.code())) {
			problems.add(RuleViolation.error("code", "planning.item.code.required"));
		}
		else if (!ITEM_CODE.matcher(draft.code().strip()).matches()) {
			problems.add(RuleViolation.error("code", "planning.item.code.format"));
		}
		if (blank(draft.titleTh())) {
			problems.add(RuleViolation.error("titleTh", "planning.item.title.required"));
		}
		else {
			tooLong(problems, "titleTh", draft.titleTh(), MAX_TITLE);
		}
		if (draft.level() == null) {
			problems.add(RuleViolation.error("level", "planning.item.level.required"));
		}
		if (parent != null && parent.sourceId() != sourceId) {
			problems.add(RuleViolation.error("parentId", "planning.item.parent.other-source"));
		}
		else if (parentIsSelfOrBelow) {
			problems.add(RuleViolation.error("parentId", "planning.item.parent.cycle"));
		}
		else if (draft.level() != null && !draft.level().mayHaveParent(parent == null ? null : parent.level())) {
			problems.add(RuleViolation.error("level", "planning.item.level.parent-" + draft.level().name()));
		}
		for (String code : draft.cpiSources()) {
			if (!knownCpiSources.contains(code)) {
				problems.add(RuleViolation.error("cpiSources", "planning.activity.cpi-source.unknown", code));
			}
		}
		for (String code : draft.workingGroups()) {
			if (!knownGroups.contains(code)) {
				problems.add(RuleViolation.error("workingGroups", "planning.activity.working-group.unknown", code));
			}
		}
		return problems;
	}

	/** Throws when any hard rule is broken, or when warnings are present and not confirmed. */
	static void enforce(List<RuleViolation> problems, boolean warningsConfirmed) {
		List<RuleViolation> errors = problems.stream().filter(RuleViolation::blocking).toList();
		if (!errors.isEmpty()) {
			List<RuleViolation> all = new ArrayList<>(errors);
			problems.stream().filter(problem -> !problem.blocking()).forEach(all::add);
			throw new PlanRulesBroken(all);
		}
		if (!problems.isEmpty() && !warningsConfirmed) {
			List<RuleViolation> unconfirmed = new ArrayList<>();
			unconfirmed.add(RuleViolation.warning("warningsConfirmed", "planning.activity.warnings.unconfirmed"));
			unconfirmed.addAll(problems);
			throw new PlanRulesBroken(unconfirmed);
		}
	}

	static String trimToNull(String value) {
		return blank(value) ? null : value.strip();
	}

	private static void tooLong(List<RuleViolation> problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(RuleViolation.error(field, "planning.field.too-long", max));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
