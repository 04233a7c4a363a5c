package org.sujarit.cpi;

import java.util.List;

import org.sujarit.planning.CpiSource;
import org.sujarit.planning.WorkingGroup;

/**
 * A CPI source with Thailand's score history (each year beside the year before) and every activity of the
 * plan aimed at it, directly or through its recommendation item.
 */
public record SourcePortfolio(CpiSource source, List<WorkingGroup> workingGroups, List<SourceChange> history,
		Integer fiscalYear, PortfolioCounts counts, List<PortfolioActivity> activities) {

	public SourcePortfolio {
		workingGroups = List.copyOf(workingGroups);
		history = List.copyOf(history);
		activities = List.copyOf(activities);
	}

}
