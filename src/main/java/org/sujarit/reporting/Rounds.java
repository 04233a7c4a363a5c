package org.sujarit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.AgenciesAssigned;
import org.sujarit.planning.Assignment;
import org.sujarit.planning.Planning;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.web.DomainException;

/**
 * Opens, closes and publishes rounds, and keeps every assignment's expected report in each open round.
 */
@Service
class Rounds {

	private final RoundRepository rounds;

	private final ReportRepository reports;

	private final Planning planning;

	private final Directory directory;

	private final RoundCountsCache counts;

	Rounds(RoundRepository rounds, ReportRepository reports, Planning planning, Directory directory,
			RoundCountsCache counts) {
		this.counts = counts;
		this.rounds = rounds;
		this.reports = reports;
		this.planning = planning;
		this.directory = directory;
	}

	@Transactional
	Round open(OpenRound request) {
		FiscalYear fiscalYear;
		try {
			fiscalYear = FiscalYear.of(request.fiscalYear());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("reporting.round.fiscal-year-invalid", Integer.toString(request.fiscalYear()));
		}
		LocalDate start = fiscalYear.start();
		LocalDate end;
		if (request.kind() == RoundKind.CUSTOM) {
			if (request.customStart() == null || request.customEnd() == null
					|| request.customEnd().isBefore(request.customStart())) {
				throw DomainException.invalid("reporting.round.period-invalid");
			}
			start = request.customStart();
			end = request.customEnd();
		}
		else {
			end = fiscalYear.endOfMonth(request.kind().months());
			if (rounds.exists(request.fiscalYear(), request.kind())) {
				throw DomainException.conflict("reporting.round.exists", Integer.toString(request.fiscalYear()), request.kind().months());
			}
		}
		if (request.dueDate() == null || request.dueDate().isBefore(start)) {
			throw DomainException.invalid("reporting.round.due-invalid");
		}
		String title = request.titleTh() == null || request.titleTh().isBlank() ? null : request.titleTh().strip();
		long id = rounds.insert(request.fiscalYear(), request.kind(), title == null ? "" : title, start, end,
				request.dueDate(), Actor.current());
		expect(id, planning.assignments(request.fiscalYear()));
		return rounds.find(id).orElseThrow();
	}

	@Transactional
	void update(long id, int version, boolean open, boolean published, LocalDate dueDate) {
		Round round = require(id);
		if (dueDate == null || dueDate.isBefore(round.periodStart())) {
			throw DomainException.invalid("reporting.round.due-invalid");
		}
		if (rounds.update(id, version, open ? "OPEN" : "CLOSED", published, dueDate) == 0) {
			throw new OptimisticLockingFailureException("round " + id);
		}
		counts.changed();
	}

	Round require(long id) {
		return rounds.find(id).orElseThrow(() -> DomainException.notFound("reporting.round.not-found", Long.toString(id)));
	}

	List<Round> all() {
		return rounds.findAll();
	}

	List<Round> published() {
		return rounds.published();
	}

	/** Newly assigned agencies owe a report in every open round of the activity's fiscal year. */
	@ApplicationModuleListener
	void on(AgenciesAssigned event) {
		List<Assignment> assignments = planning.assignmentsOf(event.activityId())
			.stream()
			.filter(assignment -> event.agencyIds().contains(assignment.agencyId()))
			.toList();
		for (Round round : rounds.openRounds(event.fiscalYear())) {
			expect(round.id(), assignments);
		}
	}

	private void expect(long roundId, Collection<Assignment> assignments) {
		counts.changed();
		Set<Long> activityIds = new HashSet<>();
		Set<Long> agencyIds = new HashSet<>();
		assignments.forEach(a -> {
			activityIds.add(a.activityId());
			agencyIds.add(a.agencyId());
		});
		Map<Long, ActivitySummary> activities = planning.activities(activityIds);
		Map<Long, Agency> agencies = directory.agencies(agencyIds);
		List<ExpectedReport> expected = new ArrayList<>(assignments.size());
		for (Assignment assignment : assignments) {
			ActivitySummary activity = activities.get(assignment.activityId());
			Agency agency = agencies.get(assignment.agencyId());
			if (activity == null || agency == null) {
				continue;
			}
			expected.add(new ExpectedReport(activity.id(), agency.id(), assignment.role().name(), activity.code(),
					activity.sourceCode(), activity.workingGroups(), activity.cpiSources(), agency.type().name(),
					agency.provinceCode(), agency.parentId()));
		}
		reports.insertExpected(roundId, expected);
	}

}
