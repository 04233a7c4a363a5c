package org.sujarit.directory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Kinds of agency. Local government kinds follow the Department of Local Administration (DLA).
 */
public enum AgencyType {

	MINISTRY(false), DEPARTMENT(false), DIVISION(false),
	/** องค์กรอิสระ / หน่วยงานอิสระ. */
	INDEPENDENT_AGENCY(false),
	/** รัฐวิสาหกิจ and องค์การมหาชน. */
	STATE_ENTERPRISE(false),
	/** สำนักงาน ป.ป.ท. เขต 1–9. */
	PACC_REGION(false),
	/** ภาคเอกชน / ภาคประชาสังคม. */
	CIVIL_SOCIETY(false), OTHER(false),
	/** องค์การบริหารส่วนจังหวัด (อบจ.). */
	PROVINCIAL_ADMIN_ORG(true),
	/** เทศบาลนคร. */
	CITY_MUNICIPALITY(true),
	/** เทศบาลเมือง. */
	TOWN_MUNICIPALITY(true),
	/** เทศบาลตำบล. */
	SUBDISTRICT_MUNICIPALITY(true),
	/** องค์การบริหารส่วนตำบล (อบต.). */
	SUBDISTRICT_ADMIN_ORG(true),
	/** ท้องถิ่นรูปแบบพิเศษ (เมืองพัทยา). */
	SPECIAL_ADMIN_AREA(true);

	private final boolean localGovernment;

	AgencyType(boolean localGovernment) {
		this.localGovernment = localGovernment;
	}

	public boolean localGovernment() {
		return localGovernment;
	}

	public static Set<AgencyType> localGovernments() {
		EnumSet<AgencyType> types = EnumSet.noneOf(AgencyType.class);
		for (AgencyType type : values()) {
			if (type.localGovernment) {
				types.add(type);
			}
		}
		return types;
	}

	/** Maps the DLA open dataset's type keys (e.g. {@code provincial_admin_org}). */
	public static AgencyType fromDla(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}

	/**
	 * Reads a type as people type it in an import file: the constant name in any case, with spaces or
	 * hyphens for underscores ({@code ministry}, {@code Provincial-Admin-Org}).
	 */
	public static Optional<AgencyType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (AgencyType type : values()) {
			if (type.name().equals(key)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
