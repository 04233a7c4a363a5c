package org.sujarit.reporting;

import java.time.Instant;

/**
 * A report as listed in tables: enough to show and link, not its content.
 */
public record ReportListItem(long id, long roundId, long activityId, String activityCode, long agencyId,
		String agencyRole, String sourceCode, ReportState state, ProgressStatus progressStatus, Instant updatedAt,
		Instant firstSubmittedAt, boolean overdue) {
}
