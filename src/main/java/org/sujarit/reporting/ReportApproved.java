package org.sujarit.reporting;

/**
 * Event: the agency's approver approved a report and it now waits for the coordinator (past tense,
 * published in the changing transaction).
 */
public record ReportApproved(long reportId, long roundId, long activityId, long agencyId) {
}
