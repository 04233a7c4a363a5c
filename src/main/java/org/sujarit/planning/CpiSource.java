package org.sujarit.planning;

import java.util.Set;

/**
 * One of the CPI data sources that assess Thailand, and the working groups that follow it.
 */
public record CpiSource(String code, String name, String whatItAsksTh, String respondentsTh,
		Set<String> workingGroups) {

	public CpiSource {
		workingGroups = Set.copyOf(workingGroups);
	}

}
