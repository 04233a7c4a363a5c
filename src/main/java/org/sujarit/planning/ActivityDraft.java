package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * An activity to create or change. {@code fiscalYear} is the B.E. fiscal year, or the first year of a
 * long-term plan, whose last year is {@code endFy}. A blank code is generated (A65-001, L66-001, ...).
 * {@code warningsConfirmed} says the editor has seen the soft-rule warnings and saves anyway.
 */
public record ActivityDraft(Long itemId, String code, Integer fiscalYear, PlanTerm planTerm, Integer endFy,
		String titleTh, String description, String timeframeTh, LocalDate startDate, LocalDate endDate,
		BigDecimal plannedBudget, boolean quickWin, String emenscrProjectId, Set<String> cpiSources,
		Set<String> workingGroups, boolean warningsConfirmed) {

	public ActivityDraft {
		planTerm = planTerm == null ? PlanTerm.SHORT : planTerm;
		cpiSources = cpiSources == null ? Set.of() : Set.copyOf(cpiSources);
		workingGroups = workingGroups == null ? Set.of() : Set.copyOf(workingGroups);
	}

	public ActivityDraft confirmed() {
		return new ActivityDraft(itemId, code, fiscalYear, planTerm, endFy, titleTh, description, timeframeTh,
				startDate, endDate, plannedBudget, quickWin, emenscrProjectId, cpiSources, workingGroups, true);
	}

}
