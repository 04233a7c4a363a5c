package org.sujarit.reporting;

/**
 * Event: a report was submitted to the agency approver (past tense, published in the changing transaction).
 */
public record ReportSubmitted(long reportId, long roundId, long activityId, long agencyId) {
}
