package org.sujarit.reporting;

import java.util.Set;

/**
 * Which reports of a round to list. Empty or null parts mean "any". {@code agencyIds} is how agency users
 * are limited to their own agency.
 */
public record ReportFilter(Long roundId, Set<Long> agencyIds, Set<ReportState> states, String sourceCode,
		String workingGroup, String agencyType, String provinceCode, Long parentAgencyId, boolean overdueOnly,
		Long activityId) {

	public ReportFilter {
		agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
		states = states == null ? Set.of() : Set.copyOf(states);
	}

	public static ReportFilter ofRound(long roundId) {
		return new ReportFilter(roundId, null, null, null, null, null, null, null, false, null);
	}

	public ReportFilter forAgencies(Set<Long> agencies) {
		return new ReportFilter(roundId, agencies, states, sourceCode, workingGroup, agencyType, provinceCode,
				parentAgencyId, overdueOnly, activityId);
	}

}
