package org.sujarit.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The registration-rate arithmetic: percent with one decimal (half up), met when that percent reaches
 * the target.
 */
final class RegistrationRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private RegistrationRules() {
	}

	static BigDecimal percent(int registered, int total) {
		if (total <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(registered).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
	}

	static RegistrationGroup group(String key, AgencyType type, String provinceCode, String provinceTh, int registered,
			int total, BigDecimal target) {
		BigDecimal percent = percent(registered, total);
		return new RegistrationGroup(key, type, provinceCode, provinceTh, registered, total, percent,
				total > 0 && percent.compareTo(target) >= 0);
	}

}
