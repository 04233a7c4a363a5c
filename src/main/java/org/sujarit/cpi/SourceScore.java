package org.sujarit.cpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One rescaled (0–100) source score behind a country's CPI result. {@code corrected} marks a score a
 * coordinator changed by hand (the reference loader then keeps it).
 */
public record SourceScore(long id, String countryCode, int year, String sourceCode, BigDecimal score,
		boolean corrected, int version) {

	/** The score as TI publishes it: a whole number. */
	public int whole() {
		return score.setScale(0, RoundingMode.HALF_UP).intValueExact();
	}

}
