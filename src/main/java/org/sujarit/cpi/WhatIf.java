package org.sujarit.cpi;

import java.util.Map;

import org.sujarit.cpi.CpiMethod.Estimate;

/**
 * A simulated result: the method applied to changed source scores, the published result of that year, the
 * rank among the countries loaded for that year ({@code rankAmongLoaded} of {@code loadedCountries}, null
 * when none) and the world rank when it is certain ({@code worldRank}: a loaded country had exactly the
 * simulated score that year, so the simulated score shares its published rank; null otherwise).
 */
public record WhatIf(int year, Map<String, java.math.BigDecimal> scores, Estimate estimate, CountryYear published,
		Integer rankAmongLoaded, int loadedCountries, Integer worldRank) {

	public WhatIf {
		scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
	}

}
