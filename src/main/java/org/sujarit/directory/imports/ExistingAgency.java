package org.sujarit.directory.imports;

/**
 * An agency already in the directory, as the import rules compare it (parent by code).
 */
record ExistingAgency(String code, String nameTh, String nameEn, String abbrevTh, String type, String parentCode,
		String provinceCode, String districtTh) {

	String value(ImportColumn column) {
		return switch (column) {
			case CODE -> code;
			case NAME_TH -> nameTh;
			case NAME_EN -> nameEn;
			case ABBREV_TH -> abbrevTh;
			case TYPE -> type;
			case PARENT_CODE -> parentCode;
			case PROVINCE_CODE -> provinceCode;
			case DISTRICT_TH -> districtTh;
		};
	}

}
