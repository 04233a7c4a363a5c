package org.sujarit.planning;

import java.util.List;

/**
 * A KPI with every definition it has had, oldest first. Retired KPIs are no longer measured.
 */
public record KpiHistory(long kpiId, long activityId, int currentVersion, boolean retired, List<KpiVersion> versions) {

	public KpiHistory {
		versions = List.copyOf(versions);
	}

	public KpiVersion current() {
		return versions.stream().filter(v -> v.version() == currentVersion).findFirst().orElseThrow();
	}

}
