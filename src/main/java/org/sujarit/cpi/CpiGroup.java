package org.sujarit.cpi;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The groups of countries the CPI pages compare Thailand with: ASEAN (the 10 members and Timor-Leste,
 * whatever region TI files them under), one of Transparency International's 6 regions (by the region
 * code of its workbooks: AP, AME, ECA, MENA, SSA, WE/EU) or the whole world.
 */
public enum CpiGroup {

	ASEAN(null), AP("AP"), AME("AME"), ECA("ECA"), MENA("MENA"), SSA("SSA"), WE_EU("WE/EU"), WORLD(null);

	/** ISO 3166-1 alpha-3 codes of the ASEAN members and Timor-Leste. */
	public static final Set<String> ASEAN_MEMBERS = Set.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP",
			Cpi.THAILAND, "VNM", "TLS");

	private final String regionCode;

	CpiGroup(String regionCode) {
		this.regionCode = regionCode;
	}

	/** TI's region code, null for ASEAN and the world. */
	public String regionCode() {
		return regionCode;
	}

	public boolean includes(CountryYear country) {
		return switch (this) {
			case WORLD -> true;
			case ASEAN -> ASEAN_MEMBERS.contains(country.countryCode());
			default -> regionCode.equals(country.region());
		};
	}

	/**
	 * The region a workbook's region cell names: TI's codes ("AP", "WE/EU"), the older "AM" and "WE"/"EU",
	 * or the regions' English names.
	 */
	public static Optional<CpiGroup> region(String value) {
		String text = TiSource.normalize(value).toUpperCase(Locale.ROOT);
		return Optional.ofNullable(switch (text) {
			case "AP", "ASIA PACIFIC" -> AP;
			case "AME", "AM", "AMERICAS" -> AME;
			case "ECA", "EASTERN EUROPE CENTRAL ASIA", "EASTERN EUROPE AND CENTRAL ASIA", "EUROPE AND CENTRAL ASIA" -> ECA;
			case "MENA", "MIDDLE EAST NORTH AFRICA", "MIDDLE EAST AND NORTH AFRICA" -> MENA;
			case "SSA", "SUB SAHARAN AFRICA" -> SSA;
			case "WE EU", "WE", "EU", "WEEU", "WESTERN EUROPE EUROPEAN UNION", "WESTERN EUROPE AND EUROPEAN UNION" -> WE_EU;
			default -> null;
		});
	}

	public static Optional<CpiGroup> of(String name) {
		for (CpiGroup group : values()) {
			if (group.name().equalsIgnoreCase(name)) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}

}
