package org.sujarit.reporting;

import java.time.Instant;

/**
 * A reviewer's comment on one field of a returned report.
 */
public record ReviewComment(long id, long reportId, int revision, String field, String comment, Instant createdAt,
		String createdBy) {
}
