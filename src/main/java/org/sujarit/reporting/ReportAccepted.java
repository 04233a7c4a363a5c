package org.sujarit.reporting;

/**
 * Event: a report was accepted by the coordinator (past tense, published in the changing transaction).
 */
public record ReportAccepted(long reportId, long roundId, long activityId, long agencyId) {
}
