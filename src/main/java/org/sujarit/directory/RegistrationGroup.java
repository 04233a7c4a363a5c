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

}
