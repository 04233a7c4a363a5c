package org.sujarit.search;

import java.time.Instant;

/**
 * The index's state, for administrators: documents, the database time it is complete up to (changes
 * after it arrive by events or the next catch-up), when it was built, and whether a rebuild is running.
 */
public record SearchStatus(boolean ready, long documents, Instant watermark, Instant builtAt, boolean rebuilding,
		String directory) {
}
