package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An activity/project as other modules see it, with where it sits (source and item) and what it targets.
 * {@code fiscalYear} is the B.E. fiscal year of a short-term activity, or the first year of a long-term
 * one. {@code cpiSources} and {@code workingGroups} include those inherited from the item and its
 * ancestors, and the working groups that follow the activity's CPI sources. {@code plannedBudget} is null
 * when not stated.
 */
public record ActivitySummary(long id, String code, int fiscalYear, String titleTh, String timeframeTh,
		LocalDate startDate, LocalDate endDate, long sourceId, String sourceCode, String sourceNameTh, long itemId,
		String itemCode, String itemTitleTh, boolean quickWin, Set<String> cpiSources, Set<String> workingGroups,
		BigDecimal plannedBudget) {

	public ActivitySummary {
		cpiSources = Collections.unmodifiableSortedSet(new TreeSet<>(cpiSources));
		workingGroups = Collections.unmodifiableSortedSet(new TreeSet<>(workingGroups));
	}

}
