package org.sujarit.reporting;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Directory;
import org.sujarit.planning.Kpi;
import org.sujarit.planning.Planning;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.files.StoredFile;
import org.sujarit.platform.web.DomainException;

/**
 * The reporting module's facade.
 */
@Service
public class Reporting {

	/** The audit log's name for a report (its table). */
	private static final String AUDIT_ENTITY = "reporting_report";

	private final Rounds rounds;

	private final ReportEditor editor;

	private final ReportReviewer reviewer;

	private final ReportAccess access;

	private final ReportRepository reports;

	private final EvidenceRepository evidence;

	private final Planning planning;

	private final Directory directory;

	private final FileStore files;

	private final ReportSnapshots snapshots;

	private final org.sujarit.platform.audit.AuditLog audit;

	private final ProgressTableExport export;

	private final Reminders reminders;

	private final RoundCountsCache countsCache;

	private final AcceptedProgressRepository acceptedProgress;

	private final PublishedProgressReader publishedProgress;

	private final SearchRepository searchable;

	Reporting(Rounds rounds, ReportEditor editor, ReportReviewer reviewer, ReportAccess access,
			ReportRepository reports, EvidenceRepository evidence, Planning planning, Directory directory,
			FileStore files, ReportSnapshots snapshots, org.sujarit.platform.audit.AuditLog audit,
			ProgressTableExport export, Reminders reminders, RoundCountsCache countsCache,
			AcceptedProgressRepository acceptedProgress, PublishedProgressReader publishedProgress,
			SearchRepository searchable) {
		this.searchable = searchable;
		this.countsCache = countsCache;
		this.acceptedProgress = acceptedProgress;
		this.publishedProgress = publishedProgress;
		this.export = export;
		this.reminders = reminders;
		this.audit = audit;
		this.snapshots = snapshots;
		this.rounds = rounds;
		this.editor = editor;
		this.reviewer = reviewer;
		this.access = access;
		this.reports = reports;
		this.evidence = evidence;
		this.planning = planning;
		this.directory = directory;
		this.files = files;
	}

	// rounds

	@PreAuthorize("hasRole('COORDINATOR')")
	public Round openRound(OpenRound request) {
		return rounds.open(request);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	public void updateRound(long id, int version, boolean open, boolean published, java.time.LocalDate dueDate) {
		rounds.update(id, version, open, published, dueDate);
	}

	public List<Round> rounds() {
		return rounds.all();
	}

	public Round round(long id) {
		return rounds.require(id);
	}

	/** Rounds whose results the coordinator released to the public. */
	public List<Round> publishedRounds() {
		return rounds.published();
	}

	// reports

	public List<ReportListItem> reports(ReportFilter filter, int limit, int offset) {
		return reports.list(access.scope(filter), limit, offset);
	}

	public int countReports(ReportFilter filter) {
		return reports.count(access.scope(filter));
	}

	@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMIN')")
	public List<RoundCounts> counts(ReportFilter filter, CountBy by) {
		return cachedCounts(filter, by.grouping);
	}

	@Transactional(readOnly = true)
	public ReportView view(long id) {
		return view(access.readable(id), Integer.MAX_VALUE);
	}

	/**
	 * A report page: the report's view with its newest versions and audit entries (both grow with every
	 * save; the whole of them is on {@link #history}), read in one read-only transaction.
	 */
	@Transactional(readOnly = true)
	public ReportPage page(long id) {
		Report report = access.readable(id);
		String key = Long.toString(id);
		return new ReportPage(view(report, ReportPage.RECENT), reports.versionCount(id),
				audit.recentTimeline(AUDIT_ENTITY, key, ReportPage.RECENT), audit.count(AUDIT_ENTITY, key));
	}

	/** A report's whole history: every version and every audit entry. */
	@Transactional(readOnly = true)
	public ReportPage history(long id) {
		ReportView view = view(access.readable(id), Integer.MAX_VALUE);
		List<org.sujarit.platform.audit.AuditEvent> timeline = audit.timeline(AUDIT_ENTITY, Long.toString(id));
		return new ReportPage(view, view.versions().size(), timeline, timeline.size());
	}

	private ReportView view(Report report, int versionLimit) {
		long id = report.id();
		List<Kpi> kpis = planning.kpis(report.activityId());
		Map<Long, KpiActual> actuals = reports.kpis(id)
			.stream()
			.collect(Collectors.toMap(KpiActual::kpiId, Function.identity()));
		var previous = reports.previousAccepted(report).map(reports::kpiActuals).orElse(Map.of());
		ReportDraft current = new ReportDraft(report.progressStatus(), report.narrative(), report.problems(),
				report.suggestions(), report.budgetAllocated(), report.budgetDisbursed(), report.links(),
				List.copyOf(actuals.values()), report.warningReasons());
		return new ReportView(report, rounds.require(report.roundId()),
				planning.activity(report.activityId()).orElse(null), directory.agency(report.agencyId()).orElse(null),
				kpis, actuals, previous, evidence.of(id), reports.versionEntries(id, versionLimit), reports.comments(id),
				ReportRules.warnings(current, kpis, previous),
				access.allowedSteps(report).stream().map(Enum::name).collect(Collectors.toSet()));
	}

	public Report report(long id) {
		return access.readable(id);
	}

	public List<RuleViolation> saveDraft(long id, int version, ReportDraft draft) {
		return editor.save(id, version, draft);
	}

	public void submit(long id, int version, ReportDraft draft) {
		editor.submit(id, version, draft);
	}

	public void approve(long id, int version) {
		reviewer.approve(id, version);
	}

	public void accept(long id, int version) {
		reviewer.accept(id, version);
	}

	public void sendBack(long id, int version, String reason, Map<String, String> fieldComments) {
		reviewer.sendBack(id, version, reason, fieldComments);
	}

	public void reopen(long id, int version, String reason) {
		reviewer.reopen(id, version, reason);
	}

	public Evidence attach(long reportId, int version, InputStream content, String originalName) {
		return editor.attach(reportId, version, content, originalName);
	}

	public void detach(long evidenceId) {
		editor.detach(evidenceId);
	}

	/** An evidence file the user may read, with its stream. */
	public EvidenceDownload download(long evidenceId) {
		Evidence item = evidence.find(evidenceId)
			.orElseThrow(() -> DomainException.notFound("reporting.evidence.not-found", Long.toString(evidenceId)));
		access.readable(item.reportId());
		StoredFile file = files.find(item.fileId())
			.orElseThrow(() -> DomainException.notFound("reporting.evidence.not-found", Long.toString(evidenceId)));
		audit.record("DOWNLOAD", "reporting_evidence", Long.toString(evidenceId), null);
		return new EvidenceDownload(file, files.open(item.fileId()));
	}

	/** Compares a kept version with the one before it (or with nothing, for the first). */
	public VersionComparison compare(long reportId, long versionId) {
		List<ReportVersion> all = versions(reportId);
		int index = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id() == versionId) {
				index = i;
			}
		}
		if (index < 0) {
			throw DomainException.notFound("reporting.report.not-found", Long.toString(reportId));
		}
		ReportVersion after = all.get(index);
		ReportVersion before = index > 0 ? all.get(index - 1) : null;
		Map<String, String> old = before == null ? Map.of() : snapshots.fields(before.snapshot());
		Map<String, String> now = snapshots.fields(after.snapshot());
		java.util.LinkedHashSet<String> fields = new java.util.LinkedHashSet<>(now.keySet());
		fields.addAll(old.keySet());
		List<VersionComparison.FieldChange> changes = fields.stream()
			.filter(field -> !old.getOrDefault(field, "").equals(now.getOrDefault(field, "")))
			.map(field -> new VersionComparison.FieldChange(field, old.getOrDefault(field, ""), now.getOrDefault(field, ""),
					TextDiff.between(old.getOrDefault(field, ""), now.getOrDefault(field, ""))))
			.toList();
		return new VersionComparison(before, after, changes);
	}

	/** The audit log's entries for a report the user may read. */
	@Transactional(readOnly = true)
	public List<org.sujarit.platform.audit.AuditEvent> auditHistory(long reportId) {
		access.readable(reportId);
		return audit.timeline(AUDIT_ENTITY, Long.toString(reportId));
	}

	public List<ReportVersion> versions(long reportId) {
		access.readable(reportId);
		return reports.versions(reportId);
	}

	/** Writes a round's progress table (seed shape) as XLSX or CSV, streaming. */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMIN')")
	public void exportProgress(long roundId, boolean acceptedOnly, ExportFormat format, java.util.Locale locale,
			java.io.OutputStream out) throws java.io.IOException {
		Round round = rounds.require(roundId);
		if (format == ExportFormat.XLSX) {
			export.xlsx(round, acceptedOnly, locale, out);
		}
		else {
			export.csv(round, acceptedOnly, locale, out);
		}
		audit.record("EXPORT", "reporting_round", Long.toString(roundId),
				"{\"format\":\"" + format + "\",\"acceptedOnly\":" + acceptedOnly + "}");
	}

	/**
	 * Streams the accepted reports of a round in table order (source → activity → lead agency first), of the
	 * given activities only if any, without holding them in memory: for compiling the national report.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMIN')")
	public void streamAccepted(long roundId, java.util.Collection<Long> activityIds,
			java.util.function.Consumer<ProgressRow> sink) {
		export.rows().streamAccepted(rounds.require(roundId).id(), activityIds, sink);
	}

	/** The number of accepted reports of a round per activity and progress status (null: none given). */
	@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMIN')")
	public Map<Long, Map<ProgressStatus, Integer>> acceptedProgress(long roundId) {
		Map<Long, Map<ProgressStatus, Integer>> counts = new java.util.LinkedHashMap<>();
		for (Object[] row : export.rows().acceptedCounts(rounds.require(roundId).id())) {
			counts.computeIfAbsent((Long) row[0], id -> new java.util.HashMap<>())
				.merge(ReportRepository.progress((String) row[1]), (Integer) row[2], Integer::sum);
		}
		return counts;
	}

	/** The public (no sign-in) progress table of a published round: accepted reports only. */
	public void exportPublished(long roundId, ExportFormat format, java.util.Locale locale, java.io.OutputStream out)
			throws java.io.IOException {
		Round round = rounds.require(roundId);
		if (!round.published()) {
			throw DomainException.notFound("reporting.round.not-found", Long.toString(roundId));
		}
		if (format == ExportFormat.XLSX) {
			export.xlsx(round, true, locale, out);
		}
		else {
			export.csv(round, true, locale, out);
		}
	}

	/** The accepted progress table of a published round, for the public and its open-data API. */
	public List<ProgressTableRow> publishedProgress(long roundId, java.util.Locale locale) {
		Round round = rounds.require(roundId);
		if (!round.published()) {
			throw DomainException.notFound("reporting.round.not-found", Long.toString(roundId));
		}
		List<ProgressTableRow> rows = new java.util.ArrayList<>();
		export.write(round, true, locale, cells -> {
			if (!cells.get(5).isBlank()) {
				rows.add(new ProgressTableRow(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5)));
			}
		});
		return rows;
	}

	/**
	 * A published round's accepted progress grouped by recommendation source → item → activity, of one
	 * source if {@code sourceCode} is given, with every source's counts; for the public and its open data.
	 * An unpublished round answers not found.
	 */
	public PublishedProgress publishedProgressBySource(long roundId, String sourceCode) {
		Round round = rounds.require(roundId);
		if (!round.published()) {
			throw DomainException.notFound("reporting.round.not-found", Long.toString(roundId));
		}
		return publishedProgress.read(round, sourceCode == null || sourceCode.isBlank() ? null : sourceCode.strip());
	}

	/**
	 * The latest accepted progress of each activity (those without any accepted report are left out), in
	 * one query. For signed-in users: the excerpt is shared with all of them, while {@code readable} tells
	 * whether the user may open the report itself.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<Long, LatestProgress> latestAcceptedProgress(java.util.Collection<Long> activityIds) {
		var user = org.sujarit.platform.security.CurrentUser.find();
		Map<Long, LatestProgress> latest = new java.util.LinkedHashMap<>();
		for (AcceptedProgressRepository.Latest row : acceptedProgress.latest(activityIds)) {
			boolean readable = user.isPresent()
					&& ReportWorkflow.canRead(user.get(), row.agencyId(), row.workingGroups(), ReportState.ACCEPTED);
			latest.put(row.activityId(), new LatestProgress(row.activityId(), row.reportId(), row.agencyId(), row.agencyRole(),
					row.roundId(), row.fiscalYear(), row.kind(), row.roundTitleTh(), row.published(), row.status(),
					LatestProgress.excerpt(row.narrative()), row.acceptedAt(), row.inRound(), readable));
		}
		return latest;
	}

	/** Counts of a published round, for the public. */
	public List<RoundCounts> publishedCounts(long roundId, CountBy by) {
		Round round = rounds.require(roundId);
		if (!round.published()) {
			throw DomainException.notFound("reporting.round.not-found", Long.toString(roundId));
		}
		ReportFilter filter = ReportFilter.ofRound(roundId);
		return cachedCounts(filter, by.grouping);
	}

	@PreAuthorize("hasRole('COORDINATOR')")
	public int remind(long roundId) {
		return reminders.write(rounds.require(roundId));
	}

	// for the search index: not limited to a user, the search module applies the read rule itself

	/**
	 * A page of reports in id order after {@code afterId}: all of them, those changed (their content, state
	 * or evidence) at or after {@code since}, or those of one activity. For the search index only: not
	 * limited to what the current user may read.
	 */
	public List<SearchableReport> searchableReports(java.time.Instant since, Long activityId, long afterId, int limit) {
		return searchable.page(since, activityId, afterId, limit);
	}

	/** One report for the search index (not limited to what the current user may read). */
	public java.util.Optional<SearchableReport> searchableReport(long id) {
		return searchable.find(id);
	}

	public enum ExportFormat {

		XLSX, CSV

	}

	/** What a round's counts are grouped by. */
	public enum CountBy {

		ROUND(ReportRepository.Grouping.ROUND), SOURCE(ReportRepository.Grouping.SOURCE),
		WORKING_GROUP(ReportRepository.Grouping.WORKING_GROUP), AGENCY_TYPE(ReportRepository.Grouping.AGENCY_TYPE),
		PROVINCE(ReportRepository.Grouping.PROVINCE), MINISTRY(ReportRepository.Grouping.PARENT_AGENCY);

		final ReportRepository.Grouping grouping;

		CountBy(ReportRepository.Grouping grouping) {
			this.grouping = grouping;
		}

	}

	public record EvidenceDownload(StoredFile file, InputStream content) {
	}

	private List<RoundCounts> cachedCounts(ReportFilter filter, ReportRepository.Grouping grouping) {
		return countsCache.counts(filter, grouping, () -> reports.counts(filter, grouping),
				() -> reports.countsByColumns(filter));
	}

}
