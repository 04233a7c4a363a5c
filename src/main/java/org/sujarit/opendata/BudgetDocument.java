package org.sujarit.opendata;

import java.time.Instant;

/**
 * One budget document of one local government (LAO) for one fiscal year.
 *
 * @param laoCode DLA 7-digit code
 * @param fiscalYear Buddhist Era
 * @param outOfDate changed (re-uploaded or corrected) since it was published
 * @param fileId the uploaded file in the platform file store
 * @param layout how the file was read ({@code TEMPLATE}, {@code MAPPED}, ...); null while it waits for its
 *        column mapping
 */
public record BudgetDocument(long id, long agencyId, String laoCode, String laoNameTh, int fiscalYear,
		DocumentType documentType, DocumentState state, boolean outOfDate, String fileId, String fileName,
		String fileType, String layout, int lineCount, int errorCount, Instant uploadedAt, String uploadedBy,
		Instant validatedAt, Instant publishedAt, int version) {

	public boolean awaitsMapping() {
		return layout == null;
	}

	/** Its open-data files may be produced: checked without errors (published or not). */
	public boolean valid() {
		return state == DocumentState.VALID || state == DocumentState.PUBLISHED;
	}

}
