package org.sujarit.planning;

import java.util.List;
import java.util.Set;

/**
 * Everything about one activity: the summary, its plan term, the item path from the top of its source's
 * tree, the tags it carries itself (as opposed to inherited ones), responsible agencies and current KPIs.
 */
public record ActivityDetail(ActivitySummary summary, PlanTerm planTerm, Integer startFy, Integer endFy,
		String description, String emenscrProjectId, int version, List<RecommendationItem> itemPath,
		Set<String> ownCpiSources, Set<String> ownWorkingGroups, List<Assignment> agencies, List<Kpi> kpis) {

	public ActivityDetail {
		itemPath = List.copyOf(itemPath);
		ownCpiSources = Set.copyOf(ownCpiSources);
		ownWorkingGroups = Set.copyOf(ownWorkingGroups);
		agencies = List.copyOf(agencies);
		kpis = List.copyOf(kpis);
	}

	public long id() {
		return summary.id();
	}

	/** Last fiscal year the activity runs in. */
	public int lastFiscalYear() {
		return planTerm == PlanTerm.LONG && endFy != null ? endFy : summary.fiscalYear();
	}

}
