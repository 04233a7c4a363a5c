package org.sujarit.opendata.publish;

import java.nio.file.Path;
import java.util.List;

import org.sujarit.opendata.DocumentType;

/**
 * One validated budget document of one local government, ready to become (or update) a dataset on a
 * CKAN portal and in Sujarit's own catalogue.
 *
 * @param documentId the budget document's id in Sujarit
 * @param laoCode DLA 7-digit code of the local government (อปท.)
 * @param fiscalYear Buddhist Era fiscal year (e.g. 2569)
 */
public record DatasetToPublish(long documentId, long agencyId, String laoCode, String laoNameTh, String provinceNameTh,
		int fiscalYear, DocumentType documentType, String titleTh, String descriptionTh, List<Resource> resources) {

	public DatasetToPublish {
		resources = List.copyOf(resources);
	}

	/**
	 * @param format CKAN format label: CSV, XLSX, PDF, JSON
	 * @param primary the CSV: the portal's main resource
	 */
	public record Resource(String name, String format, String mediaType, Path file, boolean primary) {
	}

}
