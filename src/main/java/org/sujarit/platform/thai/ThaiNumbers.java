package org.sujarit.platform.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as Thai officials write them: thousands separators, baht with two decimals.
 */
public final class ThaiNumbers {

	private ThaiNumbers() {
	}

	public static String money(BigDecimal amount) {
		return format(amount.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
	}

	public static String number(BigDecimal value) {
		return format(value, "#,##0.##");
	}

	public static String number(long value) {
		return format(BigDecimal.valueOf(value), "#,##0");
	}

	/** Percentage with one decimal: 80.3. */
	public static String percent(BigDecimal value) {
		return format(value.setScale(1, RoundingMode.HALF_UP), "#,##0.0");
	}

	private static String format(BigDecimal value, String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(value);
	}

}
