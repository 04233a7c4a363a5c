package org.sujarit.reporting;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sujarit.planning.Kpi;

/**
 * The rules a report must meet. Storable rules apply to every save (a draft may be incomplete but never
 * nonsensical); hard rules block submission; soft rules warn and need a reason before submission.
 */
final class ReportRules {

	/** Larger than any Thai government budget line: almost certainly a typing error. */
	static final BigDecimal ABSURD_AMOUNT = new BigDecimal("1000000000000");

	static final int MAX_TEXT = 30_000;

	static final int MAX_LINKS = 20;

	static final String DISBURSED_OVER_ALLOCATED = "disbursed-over-allocated";

	/** Statuses for which no results or KPI values can be expected. */
	private static final Set<ProgressStatus> NOTHING_TO_REPORT = EnumSet.of(ProgressStatus.NOT_STARTED,
			ProgressStatus.CANCELLED);

	private ReportRules() {
	}

	/** Rules for saving at all: sizes, signs and formats that the database must never hold. */
	static List<RuleViolation> storable(ReportDraft draft) {
		List<RuleViolation> violations = new ArrayList<>();
		amount(violations, "budgetAllocated", draft.budgetAllocated());
		amount(violations, "budgetDisbursed", draft.budgetDisbursed());
		text(violations, "narrative", draft.narrative());
		text(violations, "problems", draft.problems());
		text(violations, "suggestions", draft.suggestions());
		if (draft.links().size() > MAX_LINKS) {
			violations.add(RuleViolation.hard("links", "reporting.rule.links-too-many", MAX_LINKS));
		}
		for (String link : draft.links()) {
			if (!isWebLink(link)) {
				violations.add(RuleViolation.hard("links", "reporting.rule.link-invalid", link));
			}
		}
		for (KpiActual kpi : draft.kpis()) {
			if (kpi.actual() != null && kpi.actual().signum() < 0) {
				violations.add(RuleViolation.hard("kpi-" + kpi.kpiId(), "reporting.rule.kpi-negative"));
			}
			if (kpi.actual() != null && kpi.actual().abs().compareTo(ABSURD_AMOUNT) >= 0) {
				violations.add(RuleViolation.hard("kpi-" + kpi.kpiId(), "reporting.rule.number-absurd"));
			}
		}
		return violations;
	}

	/** Everything that blocks submission: storable rules, required fields, and soft rules left unexplained. */
	static List<RuleViolation> forSubmission(ReportDraft draft, List<Kpi> kpis, Map<Long, BigDecimal> previousActuals) {
		List<RuleViolation> violations = new ArrayList<>(storable(draft));
		if (draft.progressStatus() == null) {
			violations.add(RuleViolation.hard("progressStatus", "reporting.rule.status-required"));
		}
		if (blank(draft.narrative())) {
			violations.add(RuleViolation.hard("narrative", "reporting.rule.narrative-required"));
		}
		boolean expectResults = draft.progressStatus() != null && !NOTHING_TO_REPORT.contains(draft.progressStatus());
		if (expectResults) {
			for (Kpi kpi : kpis) {
				KpiActual actual = actualFor(draft, kpi.id());
				if (actual == null || actual.actual() == null) {
					violations.add(RuleViolation.hard("kpi-" + kpi.id(), "reporting.rule.kpi-required", kpi.nameTh()));
				}
			}
		}
		for (RuleViolation warning : warnings(draft, kpis, previousActuals)) {
			if (blank(draft.warningReasons().get(warning.warningKey()))) {
				violations.add(warning);
			}
		}
		return violations;
	}

	/** Soft rules: unusual but possible, so they need an explanation rather than a correction. */
	static List<RuleViolation> warnings(ReportDraft draft, List<Kpi> kpis, Map<Long, BigDecimal> previousActuals) {
		List<RuleViolation> warnings = new ArrayList<>();
		if (draft.budgetAllocated() != null && draft.budgetDisbursed() != null
				&& draft.budgetDisbursed().compareTo(draft.budgetAllocated()) > 0) {
			warnings.add(RuleViolation.soft(DISBURSED_OVER_ALLOCATED, "budgetDisbursed",
					"reporting.rule.disbursed-over-allocated"));
		}
		for (Kpi kpi : kpis) {
			KpiActual actual = actualFor(draft, kpi.id());
			BigDecimal previous = previousActuals.get(kpi.id());
			if (actual == null || actual.actual() == null || previous == null) {
				continue;
			}
			int direction = actual.actual().compareTo(previous);
			boolean wentBackwards = kpi.higherIsBetter() ? direction < 0 : direction > 0;
			if (wentBackwards) {
				warnings.add(RuleViolation.soft("kpi-went-backwards-" + kpi.id(), "kpi-" + kpi.id(),
						"reporting.rule.kpi-went-backwards", kpi.nameTh(), previous.stripTrailingZeros().toPlainString()));
			}
		}
		return warnings;
	}

	private static KpiActual actualFor(ReportDraft draft, long kpiId) {
		return draft.kpis().stream().filter(k -> k.kpiId() == kpiId).findFirst().orElse(null);
	}

	private static void amount(List<RuleViolation> violations, String field, BigDecimal value) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			violations.add(RuleViolation.hard(field, "reporting.rule.amount-negative"));
		}
		else if (value.compareTo(ABSURD_AMOUNT) >= 0) {
			violations.add(RuleViolation.hard(field, "reporting.rule.number-absurd"));
		}
		else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
			violations.add(RuleViolation.hard(field, "reporting.rule.amount-satang"));
		}
	}

	private static void text(List<RuleViolation> violations, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			violations.add(RuleViolation.hard(field, "reporting.rule.text-too-long", MAX_TEXT));
		}
	}

	static boolean isWebLink(String link) {
		try {
			URI uri = URI.create(link.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
