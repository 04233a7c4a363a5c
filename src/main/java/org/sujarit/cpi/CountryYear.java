package org.sujarit.cpi;

import java.math.BigDecimal;

/**
 * A country's published CPI result for one year. {@code score} is null when the country was not scored
 * (fewer than 3 sources); the interval is the published score ± z·SE.
 */
public record CountryYear(String countryCode, String countryName, int year, Integer score, Integer rank,
		Integer countries, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh, Integer sources) {

	public boolean scored() {
		return score != null;
	}

}
