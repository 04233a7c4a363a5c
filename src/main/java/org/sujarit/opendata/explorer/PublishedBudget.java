package org.sujarit.opendata.explorer;

import java.time.Instant;

import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentType;

/**
 * A published budget document as the public sees it.
 * @param correctionPending the officer has changed it since it was published; the public still sees the
 * published version until it is published again
 */
public record PublishedBudget(long documentId, String laoCode, String laoNameTh, String provinceCode,
		String provinceTh, AgencyType laoType, int fiscalYear, DocumentType documentType, Instant publishedAt,
		boolean correctionPending) {
}
