package org.sujarit.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sujarit.planning.ActivitySaved;
import org.sujarit.reporting.EvidenceAttached;
import org.sujarit.reporting.EvidenceRemoved;
import org.sujarit.reporting.ReportAccepted;
import org.sujarit.reporting.ReportApproved;
import org.sujarit.reporting.ReportDraftSaved;
import org.sujarit.reporting.ReportReturned;
import org.sujarit.reporting.ReportSubmitted;

/**
 * Keeps the index current: after the changing transaction commits, re-reads the report or activity the
 * event names. A failure here must not fail the user's change, which is already committed: it is logged
 * and the next catch-up (every few minutes, and at start) re-reads the change.
 */
@Component
class SearchEvents {

	private static final Logger log = LoggerFactory.getLogger(SearchEvents.class);

	private final SearchIndexer indexer;

	SearchEvents(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@ApplicationModuleListener
	void on(ReportDraftSaved event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(ReportApproved event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(ReportAccepted event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(ReportReturned event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(EvidenceAttached event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(EvidenceRemoved event) {
		report(event.reportId());
	}

	@ApplicationModuleListener
	void on(ActivitySaved event) {
		try {
			indexer.reindexActivity(event.activityId());
		}
		catch (RuntimeException ex) {
			log.warn("Search index not updated for activity {} (the next catch-up will)", event.activityId(), ex);
		}
	}

	private void report(long reportId) {
		try {
			indexer.reindexReport(reportId);
		}
		catch (RuntimeException ex) {
			log.warn("Search index not updated for report {} (the next catch-up will)", reportId, ex);
		}
	}

}
