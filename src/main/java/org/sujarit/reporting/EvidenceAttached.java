package org.sujarit.reporting;

/**
 * Event: an evidence file was attached to a report (past tense, published in the changing transaction).
 */
public record EvidenceAttached(long reportId, long evidenceId) {
}
