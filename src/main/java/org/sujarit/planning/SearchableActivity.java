package org.sujarit.planning;

import java.time.Instant;

/**
 * An activity's searchable text and classification, for the search index. {@code firstFiscalYear} and
 * {@code lastFiscalYear} are the B.E. fiscal years it runs in (equal for a short-term activity).
 */
public record SearchableActivity(long id, String code, int firstFiscalYear, int lastFiscalYear, String titleTh,
		String description, String sourceCode, String itemTitleTh, Instant updatedAt) {
}
