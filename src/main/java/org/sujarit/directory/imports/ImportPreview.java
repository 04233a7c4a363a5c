package org.sujarit.directory.imports;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An uploaded import file after its dry run, and after it was applied.
 */
public record ImportPreview(UUID token, String fileName, ImportFormat format, Set<ImportColumn> columns,
		boolean applied, int rowCount, int newCount, int changedCount, int unchangedCount, int errorCount,
		String createdBy, Instant createdAt, Instant expiresAt, boolean expired, String appliedBy, Instant appliedAt,
		Integer appliedNew, Integer appliedChanged, Integer appliedUnchanged) {

	/** Applying is possible once, before the preview expires, when no row has a problem. */
	public boolean canApply() {
		return !applied && !expired && errorCount == 0 && newCount + changedCount > 0;
	}

	public boolean fromLegacyEncoding() {
		return format == ImportFormat.CSV_WINDOWS_874;
	}

}
