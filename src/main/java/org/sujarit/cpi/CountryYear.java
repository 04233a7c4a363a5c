package org.sujarit.cpi;

import java.math.BigDecimal;

/**
 * A country's published CPI result for one year. {@code score} is null when the country was not scored
 * (fewer than 3 sources); the interval is the published score ± z·SE. {@code region} is TI's region code
 * (AP, AME, ECA, MENA, SSA, WE/EU), null when not known.
 */
public record CountryYear(String countryCode, String countryName, int year, Integer score, Integer rank,
		Integer countries, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh, Integer sources,
		String region) {

	public CountryYear(String countryCode, String countryName, int year, Integer score, Integer rank,
			Integer countries, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh, Integer sources) {
		this(countryCode, countryName, year, score, rank, countries, standardError, ciLow, ciHigh, sources, null);
	}

	public boolean scored() {
		return score != null;
	}

}
