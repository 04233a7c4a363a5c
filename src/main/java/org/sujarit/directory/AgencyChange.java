package org.sujarit.directory;

/**
 * New values for an agency's editable fields (its code never changes: imports match on it).
 */
public record AgencyChange(String nameTh, String nameEn, String abbrevTh, AgencyType type, String parentCode,
		String provinceCode, String districtTh, boolean active) {
}
