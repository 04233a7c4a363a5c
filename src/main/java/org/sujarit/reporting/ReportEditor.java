package org.sujarit.reporting;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.planning.Kpi;
import org.sujarit.planning.Planning;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.files.StoredFile;
import org.sujarit.platform.web.DomainException;

/**
 * The agency reporter's side: saving drafts, submitting, attaching evidence.
 */
@Service
class ReportEditor {

	private final ReportAccess access;

	private final ReportRepository reports;

	private final EvidenceRepository evidence;

	private final ReportSnapshots snapshots;

	private final Planning planning;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	ReportEditor(ReportAccess access, ReportRepository reports, EvidenceRepository evidence, ReportSnapshots snapshots,
			Planning planning, FileStore files, ApplicationEventPublisher events) {
		this.access = access;
		this.reports = reports;
		this.evidence = evidence;
		this.snapshots = snapshots;
		this.planning = planning;
		this.files = files;
		this.events = events;
	}

	/** Saves a draft; returns the soft-rule warnings the reporter should explain before submitting. */
	@Transactional
	List<RuleViolation> save(long id, int version, ReportDraft draft) {
		Report report = access.forStep(id, version, ReportWorkflow.Step.SAVE);
		List<RuleViolation> violations = ReportRules.storable(draft);
		if (!violations.isEmpty()) {
			throw new ReportRulesException("reporting.rule.cannot-save", violations);
		}
		List<Kpi> kpis = planning.kpis(report.activityId());
		write(report, version, withCurrentKpiVersions(draft, kpis), ReportState.DRAFT);
		Report saved = reports.find(id).orElseThrow();
		snapshot(saved, "SAVED", null);
		events.publishEvent(new ReportDraftSaved(id, report.roundId(), report.activityId(), report.agencyId()));
		return ReportRules.warnings(draft, kpis, previousActuals(report));
	}

	/** Saves the content and submits it to the agency's approver, if every rule is met. */
	@Transactional
	void submit(long id, int version, ReportDraft draft) {
		Report report = access.forStep(id, version, ReportWorkflow.Step.SUBMIT);
		List<Kpi> kpis = planning.kpis(report.activityId());
		List<RuleViolation> violations = ReportRules.forSubmission(draft, kpis, previousActuals(report));
		if (!violations.isEmpty()) {
			throw new ReportRulesException("reporting.rule.cannot-submit", violations);
		}
		write(report, version, withCurrentKpiVersions(draft, kpis), report.state() == ReportState.EXPECTED ? ReportState.DRAFT : report.state());
		Report saved = reports.find(id).orElseThrow();
		if (reports.transition(id, saved.version(), saved.state(), ReportState.SUBMITTED, Actor.current(), null) == 0) {
			throw new OptimisticLockingFailureException("report " + id);
		}
		snapshot(reports.find(id).orElseThrow(), "SUBMITTED", null);
		events.publishEvent(new ReportSubmitted(id, report.roundId(), report.activityId(), report.agencyId()));
	}

	@Transactional
	Evidence attach(long reportId, int version, InputStream content, String originalName) {
		Report report = access.forStep(reportId, version, ReportWorkflow.Step.SAVE);
		StoredFile file = files.store(content, originalName, FileStore.EVIDENCE);
		long id = evidence.insert(report.id(), file, Actor.current());
		events.publishEvent(new EvidenceAttached(report.id(), id));
		return evidence.find(id).orElseThrow();
	}

	@Transactional
	void detach(long evidenceId) {
		Evidence item = evidence.find(evidenceId).orElseThrow(() -> DomainException.notFound("reporting.evidence.not-found", Long.toString(evidenceId)));
		Report report = access.readable(item.reportId());
		if (!access.allowedSteps(report).contains(ReportWorkflow.Step.SAVE)) {
			throw DomainException.forbidden("reporting.workflow.not-allowed", report.state().name());
		}
		evidence.remove(evidenceId, Actor.current());
		events.publishEvent(new EvidenceRemoved(item.reportId(), evidenceId));
	}

	private void write(Report report, int version, ReportDraft draft, ReportState state) {
		if (reports.updateContent(report.id(), version, draft, state, Actor.current()) == 0) {
			throw new OptimisticLockingFailureException("report " + report.id());
		}
		reports.saveKpis(report.id(), draft.kpis());
	}

	private void snapshot(Report report, String event, String reason) {
		reports.saveVersion(report.id(), report.revision(), event,
				snapshots.of(report, reports.kpis(report.id()), evidence.of(report.id())), reason, Actor.current());
	}

	private Map<Long, BigDecimal> previousActuals(Report report) {
		return reports.previousAccepted(report).map(reports::kpiActuals).orElse(Map.of());
	}

	/** Keeps only the activity's KPIs and records which definition version each value answers. */
	private static ReportDraft withCurrentKpiVersions(ReportDraft draft, List<Kpi> kpis) {
		List<KpiActual> actuals = draft.kpis()
			.stream()
			.flatMap(actual -> kpis.stream()
				.filter(kpi -> kpi.id() == actual.kpiId())
				.map(kpi -> new KpiActual(kpi.id(), kpi.definitionVersion(), actual.actual(), actual.note())))
			.toList();
		return new ReportDraft(draft.progressStatus(), draft.narrative(), draft.problems(), draft.suggestions(),
				draft.budgetAllocated(), draft.budgetDisbursed(), draft.links(), actuals, draft.warningReasons());
	}

}
