package org.sujarit.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.sujarit.planning.ActivityDetail;
import org.sujarit.planning.ActivityDraft;
import org.sujarit.planning.PlanTerm;

/**
 * The create/edit form of an activity. Dates arrive as ISO (input type=date) and are shown B.E. elsewhere.
 */
record ActivityForm(Long itemId, String code, Integer fiscalYear, PlanTerm planTerm, Integer endFy, String titleTh,
		String description, String timeframeTh, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, BigDecimal plannedBudget, Boolean quickWin,
		String emenscrProjectId, List<String> cpiSources, List<String> workingGroups, Boolean warningsConfirmed,
		Integer version) {

	static final List<String> FIELDS = List.of("itemId", "code", "fiscalYear", "planTerm", "endFy", "titleTh",
			"description", "timeframeTh", "startDate", "endDate", "plannedBudget", "quickWin", "emenscrProjectId",
			"cpiSources", "workingGroups");

	static ActivityForm empty(Long itemId, int fiscalYear) {
		return new ActivityForm(itemId, "", fiscalYear, PlanTerm.SHORT, null, "", "", "", null, null, null, false, "",
				List.of(), List.of(), false, null);
	}

	static ActivityForm of(ActivityDetail detail) {
		var s = detail.summary();
		return new ActivityForm(s.itemId(), s.code(), s.fiscalYear(), detail.planTerm(), detail.endFy(), s.titleTh(),
				detail.description(), s.timeframeTh(), s.startDate(), s.endDate(), s.plannedBudget(), s.quickWin(),
				detail.emenscrProjectId(), List.copyOf(detail.ownCpiSources()), List.copyOf(detail.ownWorkingGroups()),
				false, detail.version());
	}

	ActivityDraft draft() {
		return new ActivityDraft(itemId, code, fiscalYear, planTerm, endFy, titleTh, description, timeframeTh, startDate,
				endDate, plannedBudget, Boolean.TRUE.equals(quickWin), emenscrProjectId,
				cpiSources == null ? Set.of() : Set.copyOf(cpiSources),
				workingGroups == null ? Set.of() : Set.copyOf(workingGroups), Boolean.TRUE.equals(warningsConfirmed));
	}

}
