package org.sujarit.reporting;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.web.DomainException;

/**
 * The approver's and the coordinator's side: approve, accept, return with a reason, reopen.
 */
@Service
class ReportReviewer {

	static final int MAX_REASON = 5_000;

	private final ReportAccess access;

	private final ReportRepository reports;

	private final EvidenceRepository evidence;

	private final ReportSnapshots snapshots;

	private final ApplicationEventPublisher events;

	ReportReviewer(ReportAccess access, ReportRepository reports, EvidenceRepository evidence,
			ReportSnapshots snapshots, ApplicationEventPublisher events) {
		this.access = access;
		this.reports = reports;
		this.evidence = evidence;
		this.snapshots = snapshots;
		this.events = events;
	}

	@Transactional
	void approve(long id, int version) {
		Report report = access.forStep(id, version, ReportWorkflow.Step.APPROVE);
		move(report, ReportState.APPROVED, "APPROVED", null);
		events.publishEvent(new ReportApproved(id, report.roundId(), report.activityId(), report.agencyId()));
	}

	@Transactional
	void accept(long id, int version) {
		Report report = access.forStep(id, version, ReportWorkflow.Step.ACCEPT);
		move(report, ReportState.ACCEPTED, "ACCEPTED", null);
		events.publishEvent(new ReportAccepted(id, report.roundId(), report.activityId(), report.agencyId()));
	}

	/**
	 * Returns a report for correction, by the agency's approver (from SUBMITTED) or the coordinator (from
	 * APPROVED), with a required reason and optional comments per field.
	 */
	@Transactional
	void sendBack(long id, int version, String reason, Map<String, String> fieldComments) {
		ReportWorkflow.Step step = access.readable(id).state() == ReportState.SUBMITTED
				? ReportWorkflow.Step.AGENCY_RETURN : ReportWorkflow.Step.RETURN;
		Report report = access.forStep(id, version, step);
		String why = requireReason(reason);
		move(report, ReportState.RETURNED, "RETURNED", why);
		fieldComments.forEach((field, comment) -> {
			if (comment != null && !comment.isBlank()) {
				reports.addComment(id, report.revision(), field, comment.strip(), Actor.current());
			}
		});
		events.publishEvent(new ReportReturned(id, report.roundId(), report.activityId(), report.agencyId()));
	}

	/** Unlocks an accepted report for correction; the reason is kept with the version history. */
	@Transactional
	void reopen(long id, int version, String reason) {
		Report report = access.forStep(id, version, ReportWorkflow.Step.REOPEN);
		move(report, ReportState.RETURNED, "REOPENED", requireReason(reason));
		events.publishEvent(new ReportReturned(id, report.roundId(), report.activityId(), report.agencyId()));
	}

	private void move(Report report, ReportState to, String event, String reason) {
		if (reports.transition(report.id(), report.version(), report.state(), to, Actor.current(), reason) == 0) {
			throw new OptimisticLockingFailureException("report " + report.id());
		}
		Report moved = reports.find(report.id()).orElseThrow();
		reports.saveVersion(moved.id(), moved.revision(), event,
				snapshots.of(moved, reports.kpis(moved.id()), evidence.of(moved.id())), reason, Actor.current());
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reporting.review.reason-required");
		}
		if (reason.length() > MAX_REASON) {
			throw DomainException.invalid("reporting.rule.text-too-long", MAX_REASON);
		}
		return reason.strip();
	}

}
