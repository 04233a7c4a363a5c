package org.sujarit.reporting;

import java.time.Instant;

/**
 * A kept version of a report: its content as JSON at a save or workflow step.
 */
public record ReportVersion(long id, long reportId, int revision, String event, String snapshot, String reason,
		Instant createdAt, String createdBy) {
}
