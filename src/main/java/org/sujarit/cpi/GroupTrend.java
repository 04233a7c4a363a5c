package org.sujarit.cpi;

import java.util.List;

/**
 * A working group of the CPI subcommittee with its sources' latest scores and change since the year
 * before.
 */
public record GroupTrend(String code, String nameTh, int year, List<SourceChange> sources) {

	public GroupTrend {
		sources = List.copyOf(sources);
	}

}
