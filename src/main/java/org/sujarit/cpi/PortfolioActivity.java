package org.sujarit.cpi;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sujarit.reporting.ProgressStatus;
import org.sujarit.reporting.RoundKind;

/**
 * An activity in a CPI source's or working group's portfolio: where it sits in the plan, the CPI sources it
 * targets ({@code cpiSources}, inherited ones included) and those it is tagged with itself
 * ({@code ownCpiSources}; the others come through its recommendation item), its responsible agencies and
 * its latest accepted progress, if any.
 */
public record PortfolioActivity(long id, String code, String titleTh, int fiscalYear, String sourceCode,
		String sourceNameTh, String itemCode, String itemTitleTh, Set<String> cpiSources, Set<String> ownCpiSources,
		Set<String> workingGroups, List<Responsible> agencies, Progress progress) {

	public PortfolioActivity {
		cpiSources = Collections.unmodifiableSortedSet(new TreeSet<>(cpiSources));
		ownCpiSources = Collections.unmodifiableSortedSet(new TreeSet<>(ownCpiSources));
		workingGroups = Collections.unmodifiableSortedSet(new TreeSet<>(workingGroups));
		agencies = List.copyOf(agencies);
	}

	/** Whether the activity is tagged with the CPI source itself rather than through its item. */
	public boolean targetsDirectly(String cpiSource) {
		return ownCpiSources.contains(cpiSource);
	}

	/** Whether the activity aims at any of the CPI sources (a working group's, say). */
	public boolean targetsAny(java.util.Collection<String> sources) {
		return sources.stream().anyMatch(cpiSources::contains);
	}

	public List<Responsible> leads() {
		return agencies.stream().filter(Responsible::lead).toList();
	}

	public List<Responsible> coResponsible() {
		return agencies.stream().filter(a -> !a.lead()).toList();
	}

	/** A responsible agency: the lead (หน่วยงานหลัก) or a co-responsible one (หน่วยงานร่วม). */
	public record Responsible(long agencyId, String nameTh, boolean lead) {
	}

	/**
	 * The latest accepted report on the activity. {@code reportId} is null unless the signed-in user may
	 * open the report.
	 */
	public record Progress(ProgressStatus status, String excerpt, long roundId, int roundFiscalYear, RoundKind roundKind,
			String roundTitleTh, Instant acceptedAt, String agencyNameTh, int acceptedInRound, Long reportId) {
	}

}
