package org.sujarit.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sujarit.directory.Agency;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.Kpi;

/**
 * Everything a report page shows: the report, its round, activity and agency, KPIs with their values,
 * evidence, history and what the viewer may do next.
 */
public record ReportView(Report report, Round round, ActivitySummary activity, Agency agency, List<Kpi> kpis,
		Map<Long, KpiActual> actuals, Map<Long, BigDecimal> previousActuals, List<Evidence> evidence,
		List<ReportVersionEntry> versions, List<ReviewComment> comments, List<RuleViolation> warnings,
		Set<String> allowedSteps) {

	public boolean can(String step) {
		return allowedSteps.contains(step);
	}

	/** Comments from the latest return, by field. */
	public Map<String, String> latestComments() {
		int latest = comments.stream().mapToInt(ReviewComment::revision).max().orElse(-1);
		Map<String, String> byField = new java.util.LinkedHashMap<>();
		comments.stream().filter(c -> c.revision() == latest).forEach(c -> byField.put(c.field(), c.comment()));
		return byField;
	}

}
