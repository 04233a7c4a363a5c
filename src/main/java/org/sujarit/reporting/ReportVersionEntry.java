package org.sujarit.reporting;

import java.time.Instant;

/** A line of a report's version history: which step made it, when and by whom, without its snapshot. */
public record ReportVersionEntry(long id, int revision, String event, String reason, Instant createdAt,
		String createdBy) {
}
