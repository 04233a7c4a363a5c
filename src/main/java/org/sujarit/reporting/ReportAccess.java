package org.sujarit.reporting;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * Loads reports for the signed-in user and refuses the ones they may not read or change. A report the
 * user may not read is reported as not found, so IDs cannot be probed.
 */
@Component
class ReportAccess {

	private final ReportRepository reports;

	private final RoundRepository rounds;

	ReportAccess(ReportRepository reports, RoundRepository rounds) {
		this.reports = reports;
		this.rounds = rounds;
	}

	Report readable(long id) {
		SujaritUser user = CurrentUser.require();
		Report report = reports.find(id).orElseThrow(() -> notFound(id));
		if (!ReportWorkflow.canRead(user, report.agencyId(), report.workingGroups(), report.state())) {
			throw notFound(id);
		}
		return report;
	}

	/** The report, if the user may take {@code step} on it now (checked against the given version). */
	Report forStep(long id, int version, ReportWorkflow.Step step) {
		Report report = readable(id);
		Set<ReportWorkflow.Step> allowed = allowedSteps(report);
		if (!allowed.contains(step) && step != ReportWorkflow.Step.SAVE
				&& report.state() == ReportWorkflow.target(step)) {
			// the same step twice, e.g. a double-clicked submit: nothing is lost, say so plainly
			throw DomainException.conflict("reporting.workflow.already-done", report.state().name());
		}
		if (!allowed.contains(step)) {
			if (report.version() != version) {
				throw new org.springframework.dao.OptimisticLockingFailureException("report " + id);
			}
			throw DomainException.forbidden("reporting.workflow.not-allowed", report.state().name());
		}
		if (report.version() != version) {
			throw new org.springframework.dao.OptimisticLockingFailureException("report " + id);
		}
		return report;
	}

	Set<ReportWorkflow.Step> allowedSteps(Report report) {
		boolean open = rounds.find(report.roundId()).map(Round::open).orElse(false);
		return ReportWorkflow.allowed(CurrentUser.require(), report.state(), report.agencyId(), open);
	}

	/** Limits a listing to what the user may see. */
	ReportFilter scope(ReportFilter filter) {
		SujaritUser user = CurrentUser.require();
		if (user.seesAllAgencies()) {
			return filter;
		}
		if (user.agencyId() != null) {
			return filter.forAgencies(Set.of(user.agencyId()));
		}
		if (user.workingGroup() != null) {
			return new ReportFilter(filter.roundId(), filter.agencyIds(), Set.of(ReportState.ACCEPTED),
					filter.sourceCode(), user.workingGroup(), filter.agencyType(), filter.provinceCode(),
					filter.parentAgencyId(), filter.overdueOnly(), filter.activityId());
		}
		return filter.forAgencies(Set.of(-1L));
	}

	static DomainException notFound(long id) {
		return DomainException.notFound("reporting.report.not-found", Long.toString(id));
	}

}
