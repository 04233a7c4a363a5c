package org.sujarit.reporting;

/**
 * Event: a report's draft was saved by its agency's reporter (past tense, published in the changing transaction).
 */
public record ReportDraftSaved(long reportId, long roundId, long activityId, long agencyId) {
}
