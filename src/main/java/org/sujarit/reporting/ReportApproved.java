package org.sujarit.reporting;

/**
 * Event: a report was approved by its agency's approver and sent on to the coordinator (past tense, published in the changing transaction).
 */
public record ReportApproved(long reportId, long roundId, long activityId, long agencyId) {
}
