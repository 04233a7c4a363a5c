package org.sujarit.cpi;

import java.util.List;

import org.sujarit.planning.WorkingGroup;

/**
 * A working group's portfolio: its CPI sources, each with its latest score change and the counts of the
 * activities aimed at it, and every activity concerning the group (aimed at one of its sources, or tagged
 * with the group itself or through its item), counted once.
 */
public record GroupPortfolio(WorkingGroup group, Integer fiscalYear, List<SourceLine> sources,
		PortfolioCounts counts, List<PortfolioActivity> activities) {

	public GroupPortfolio {
		sources = List.copyOf(sources);
		activities = List.copyOf(activities);
	}

	/** One of the group's sources: its name, latest change (null without scores) and portfolio counts. */
	public record SourceLine(String code, String name, SourceChange latest, PortfolioCounts counts) {
	}

}
