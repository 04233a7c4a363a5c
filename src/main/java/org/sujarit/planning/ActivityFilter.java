package org.sujarit.planning;

/**
 * Narrows the activity list; null means "any". A fiscal year matches short-term activities of that year
 * and long-term ones running in it. A working group matches activities tagged with it (directly or through
 * their item) or targeting one of its CPI sources.
 */
public record ActivityFilter(Integer fiscalYear, Long sourceId, String workingGroup, String cpiSource,
		Long agencyId, Boolean quickWin, PlanTerm term, String text) {

	public static ActivityFilter all() {
		return new ActivityFilter(null, null, null, null, null, null, null, null);
	}

	public static ActivityFilter fiscalYear(int fiscalYear) {
		return new ActivityFilter(fiscalYear, null, null, null, null, null, null, null);
	}

}
