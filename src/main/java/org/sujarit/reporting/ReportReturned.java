package org.sujarit.reporting;

/**
 * Event: a report was returned for correction (past tense, published in the changing transaction).
 */
public record ReportReturned(long reportId, long roundId, long activityId, long agencyId) {
}
