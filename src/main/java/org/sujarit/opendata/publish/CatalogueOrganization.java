package org.sujarit.opendata.publish;

/** A local government in Sujarit's own catalogue, with the number of datasets it has there. */
public record CatalogueOrganization(String laoCode, String laoNameTh, String provinceNameTh, int datasets) {

	/** The organisation's name in the CKAN-compatible API: {@code lao-{code}}. */
	public String name() {
		return "lao-" + laoCode;
	}

}
