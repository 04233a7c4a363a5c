package org.sujarit.directory;

/**
 * An agency to create or update by its code (from an import file or the demo data).
 */
public record NewAgency(String code, String nameTh, String nameEn, String abbrevTh, AgencyType type,
		String parentCode, String provinceCode, String districtTh) {
}
