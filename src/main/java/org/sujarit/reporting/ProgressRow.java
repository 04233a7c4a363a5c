package org.sujarit.reporting;

/**
 * One report's contribution to a round's progress table, read in source → activity → lead-first order.
 */
public record ProgressRow(long activityId, String sourceCode, long agencyId, String agencyRole, ReportState state,
		ProgressStatus progressStatus, String narrative) {
}
