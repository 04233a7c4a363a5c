package org.sujarit.reporting;

/**
 * Event: an evidence file was removed from a report (past tense, published in the changing transaction).
 */
public record EvidenceRemoved(long reportId, long evidenceId) {
}
