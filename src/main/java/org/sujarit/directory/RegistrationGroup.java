package org.sujarit.directory;

import java.math.BigDecimal;

/**
 * One row of the registration rate: how many agencies of a target group have at least one enabled
 * account. {@code percent} has one decimal and is what is compared with the target, so the badge always
 * agrees with the number shown.
 *
 * @param key the agency type's name, {@link #ALL_LOCAL_GOVERNMENTS}, or a province code
 * @param type the agency type, or null for the all-LAO row and province rows
 * @param provinceCode set for province rows
 * @param provinceTh set for province rows
 */
public record RegistrationGroup(String key, AgencyType type, String provinceCode, String provinceTh,
		int registered, int total, BigDecimal percent, boolean met) {

	public static final String ALL_LOCAL_GOVERNMENTS = "LOCAL_GOVERNMENT";

	/**
	 * A target group's row with the registration rate's arithmetic, for other modules measuring a target
	 * group against a target (e.g. the PAOs publishing their budget): {@code count} of {@code total}.
	 */
	public static RegistrationGroup of(String key, AgencyType type, int count, int total, BigDecimal target) {
		return RegistrationRules.group(key, type, null, null, count, total, target);
	}

	/** {@code part} of {@code total} as a percentage with one decimal (half up), as every rate shows it. */
	public static BigDecimal percent(int part, int total) {
		return RegistrationRules.percent(part, total);
	}

}
