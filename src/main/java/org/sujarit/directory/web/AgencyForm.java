package org.sujarit.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyChange;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.NewAgency;

/**
 * The agency edit form; an unticked "active" box sends nothing, hence {@code Boolean}. {@code code} is only used when creating; {@code version} guards against
 * overwriting someone else's change.
 */
record AgencyForm(
		@Pattern(regexp = "[A-Za-z0-9๐-๙][A-Za-z0-9๐-๙._-]{0,39}", message = "{directory.agency.code-invalid}") String code,
		@NotBlank(message = "{directory.agency.name-required}") @Size(max = 300, message = "{directory.form.too-long}") String nameTh,
		@Size(max = 300, message = "{directory.form.too-long}") String nameEn,
		@Size(max = 100, message = "{directory.form.too-long}") String abbrevTh,
		@NotNull(message = "{directory.agency.type-required}") AgencyType type,
		@Size(max = 40, message = "{directory.form.too-long}") String parentCode,
		@Size(max = 10, message = "{directory.form.too-long}") String provinceCode,
		@Size(max = 200, message = "{directory.form.too-long}") String districtTh, Boolean active, int version) {

	static AgencyForm blank() {
		return new AgencyForm(null, null, null, null, null, null, null, null, true, 0);
	}

	static AgencyForm of(Agency agency, String parentCode) {
		return new AgencyForm(agency.code(), agency.nameTh(), agency.nameEn(), agency.abbrevTh(), agency.type(),
				parentCode, agency.provinceCode(), agency.districtTh(), agency.active(), agency.version());
	}

	AgencyChange change() {
		return new AgencyChange(nameTh.strip(), trim(nameEn), trim(abbrevTh), type, trim(parentCode),
				trim(provinceCode), trim(districtTh), Boolean.TRUE.equals(active));
	}

	NewAgency newAgency() {
		return new NewAgency(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), nameTh.strip(),
				trim(nameEn), trim(abbrevTh), type, trim(parentCode), trim(provinceCode), trim(districtTh));
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
