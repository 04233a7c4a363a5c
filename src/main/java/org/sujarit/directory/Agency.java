package org.sujarit.directory;

/**
 * An agency as other modules see it.
 */
public record Agency(long id, String code, String nameTh, String nameEn, String abbrevTh, AgencyType type,
		Long parentId, String provinceCode, String provinceTh, String districtTh, boolean active, int version) {

	/** The short name used in tables: the abbreviation if there is one. */
	public String shortName() {
		return abbrevTh != null && !abbrevTh.isBlank() ? abbrevTh : nameTh;
	}

}
