package org.sujarit.cpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sujarit.cpi.CpiMethod.Estimate;

/**
 * A simulated result: the method applied to changed source scores, the published result of that year and
 * ranks. {@code rankAmongLoaded} of {@code loadedCountries}: among the countries loaded for that year (null
 * when none). When the year's whole-world results were imported ({@code worldData}), {@code worldRank} of
 * {@code worldCountries} is the rank the simulated score would have had among every scored country, and
 * {@code regionRank} of {@code regionCountries} the rank within Thailand's TI region (Asia-Pacific).
 * Without whole-world data, {@code worldRank} is given only when it is certain (a loaded country had
 * exactly the simulated score that year, so it shares its published rank) and the regional rank is null.
 */
public record WhatIf(int year, Map<String, BigDecimal> scores, Estimate estimate, CountryYear published,
		Integer rankAmongLoaded, int loadedCountries, Integer worldRank, boolean worldData, Integer worldCountries,
		String region, Integer regionRank, Integer regionCountries) {

	public WhatIf {
		scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
	}

}
