package org.sujarit.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One agency's report on one activity in one round.
 */
public record Report(long id, long roundId, long activityId, long agencyId, String agencyRole, String sourceCode,
		Set<String> workingGroups, ReportState state, ProgressStatus progressStatus, String narrative,
		String problems, String suggestions, BigDecimal budgetAllocated, BigDecimal budgetDisbursed,
		List<String> links, Map<String, String> warningReasons, int revision, Instant firstSubmittedAt,
		Instant submittedAt, Instant approvedAt, Instant acceptedAt, String returnReason, Instant updatedAt,
		String updatedBy, int version) {
}
