package org.sujarit.cpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityFilter;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.Assignment;
import org.sujarit.planning.CpiSource;
import org.sujarit.planning.Planning;
import org.sujarit.planning.WorkingGroup;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.LatestProgress;
import org.sujarit.reporting.Reporting;

/**
 * The plan seen from the CPI: for a source, every activity aimed at it (directly or through its item) with
 * its responsible agencies and latest accepted progress; for a working group, the same over all its
 * sources. Reads plans, reports and agencies through their modules' facades only. For signed-in users;
 * links to reports are given only where the user may open them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CpiPortfolios {

	private final CpiRepository repository;

	private final Cpi cpi;

	private final Planning planning;

	private final Reporting reporting;

	private final Directory directory;

	CpiPortfolios(CpiRepository repository, Cpi cpi, Planning planning, Reporting reporting, Directory directory) {
		this.repository = repository;
		this.cpi = cpi;
		this.planning = planning;
		this.reporting = reporting;
		this.directory = directory;
	}

	/** The source's portfolio, of one fiscal year (B.E.) if given; an unknown code is not found. */
	public SourcePortfolio source(String code, Integer fiscalYear) {
		CpiSource source = find(planning.cpiSources(), CpiSource::code, code, "cpi.source.not-found");
		List<WorkingGroup> groups = planning.workingGroups()
			.stream()
			.filter(g -> source.workingGroups().contains(g.code()))
			.toList();
		List<PortfolioActivity> activities = activities(filter(fiscalYear, null, code));
		return new SourcePortfolio(source, groups, history(code), fiscalYear, PortfolioCounts.of(activities), activities);
	}

	/** The working group's portfolio, of one fiscal year (B.E.) if given; an unknown code is not found. */
	public GroupPortfolio group(String code, Integer fiscalYear) {
		WorkingGroup group = find(planning.workingGroups(), WorkingGroup::code, code, "cpi.group.not-found");
		Map<String, SourceChange> latest = cpi.groupTrends()
			.stream()
			.filter(t -> t.code().equals(code))
			.flatMap(t -> t.sources().stream())
			.collect(Collectors.toMap(SourceChange::sourceCode, Function.identity(), (a, b) -> a));
		Map<String, String> names = planning.cpiSources()
			.stream()
			.collect(Collectors.toMap(CpiSource::code, CpiSource::name));
		List<PortfolioActivity> activities = activities(filter(fiscalYear, code, null));
		List<GroupPortfolio.SourceLine> sources = new ArrayList<>();
		for (String source : group.cpiSources()) {
			List<PortfolioActivity> aimed = activities.stream().filter(a -> a.cpiSources().contains(source)).toList();
			sources.add(new GroupPortfolio.SourceLine(source, names.getOrDefault(source, source), latest.get(source),
					PortfolioCounts.of(aimed)));
		}
		return new GroupPortfolio(group, fiscalYear, sources, PortfolioCounts.of(activities), activities);
	}

	/** Fiscal years (B.E.) that have activities, newest first. */
	public List<Integer> fiscalYears() {
		return planning.fiscalYears();
	}

	/** Thailand's scores from the source, each year beside the one before, oldest first. */
	List<SourceChange> history(String code) {
		List<SourceScore> scores = repository.sourceScores(Cpi.THAILAND)
			.stream()
			.filter(s -> s.sourceCode().equals(code))
			.toList();
		Map<Integer, SourceScore> byYear = scores.stream().collect(Collectors.toMap(SourceScore::year, Function.identity()));
		String name = find(planning.cpiSources(), CpiSource::code, code, "cpi.source.not-found").name();
		return scores.stream().map(s -> SourceChange.of(code, name, s, byYear.get(s.year() - 1))).toList();
	}

	private static <T> T find(List<T> all, Function<T, String> code, String wanted, String notFound) {
		return all.stream()
			.filter(t -> code.apply(t).equals(wanted))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound(notFound, wanted));
	}

	private static ActivityFilter filter(Integer fiscalYear, String group, String source) {
		return new ActivityFilter(fiscalYear, null, group, source, null, null, null, null);
	}

	private List<PortfolioActivity> activities(ActivityFilter filter) {
		List<ActivitySummary> summaries = planning.findActivities(filter, Integer.MAX_VALUE, 0);
		if (summaries.isEmpty()) {
			return List.of();
		}
		List<Long> ids = summaries.stream().map(ActivitySummary::id).toList();
		Map<Long, Set<String>> own = planning.ownCpiSources(ids);
		Map<Long, List<Assignment>> assignments = planning.assignmentsOf(ids);
		Map<Long, LatestProgress> progress = reporting.latestAcceptedProgress(ids);
		Map<Long, String> agencyNames = agencyNames(assignments.values()
			.stream()
			.flatMap(List::stream)
			.map(Assignment::agencyId)
			.collect(Collectors.toSet()), progress.values().stream().map(LatestProgress::agencyId).toList());
		List<PortfolioActivity> activities = new ArrayList<>();
		for (ActivitySummary a : summaries) {
			List<PortfolioActivity.Responsible> responsible = assignments.getOrDefault(a.id(), List.of())
				.stream()
				.map(x -> new PortfolioActivity.Responsible(x.agencyId(), agencyNames.get(x.agencyId()),
						x.role() == AgencyRole.LEAD))
				.toList();
			activities.add(new PortfolioActivity(a.id(), a.code(), a.titleTh(), a.fiscalYear(), a.sourceCode(),
					a.sourceNameTh(), a.itemCode(), a.itemTitleTh(), a.cpiSources(), own.getOrDefault(a.id(), Set.of()),
					a.workingGroups(), responsible,
					Optional.ofNullable(progress.get(a.id())).map(p -> progress(p, agencyNames)).orElse(null)));
		}
		return activities;
	}

	private static PortfolioActivity.Progress progress(LatestProgress p, Map<Long, String> agencyNames) {
		return new PortfolioActivity.Progress(p.status(), p.excerpt(), p.roundId(), p.fiscalYear(), p.roundKind(),
				p.roundTitleTh(), p.acceptedAt(), agencyNames.get(p.agencyId()), p.acceptedInRound(),
				p.readable() ? p.reportId() : null);
	}

	private Map<Long, String> agencyNames(Collection<Long> assigned, Collection<Long> reporting) {
		Set<Long> ids = new java.util.HashSet<>(assigned);
		ids.addAll(reporting);
		Map<Long, String> names = new HashMap<>();
		directory.agencies(ids).forEach((id, agency) -> names.put(id, agency.nameTh()));
		ids.forEach(id -> names.putIfAbsent(id, Long.toString(id)));
		return names;
	}

}
