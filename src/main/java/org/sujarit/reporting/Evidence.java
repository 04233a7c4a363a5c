package org.sujarit.reporting;

import java.time.Instant;

/**
 * A file attached to a report as evidence (หลักฐาน).
 */
public record Evidence(long id, long reportId, String fileId, String originalName, String contentType,
		long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
}
