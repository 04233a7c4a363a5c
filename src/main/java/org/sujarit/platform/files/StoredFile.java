package org.sujarit.platform.files;

import java.time.Instant;

/**
 * A file kept by {@link FileStore}: its id (a UUID), the cleaned name it was uploaded under, the content
 * type and kind detected from its bytes, its size, SHA-256 (lower-case hex) and when it was stored.
 */
public record StoredFile(String id, String originalName, String contentType, FileKind kind, long size,
		String sha256, Instant storedAt) {
}
