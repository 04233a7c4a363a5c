package org.sujarit.planning;

/**
 * The fiscal years (B.E.) an activity runs in: one for a short-term plan, several for a long-term one.
 */
public record ActivityTerm(long activityId, PlanTerm term, int firstYear, int lastYear) {

	public boolean covers(int fiscalYear) {
		return fiscalYear >= firstYear && fiscalYear <= lastYear;
	}

}
