package org.sujarit.reporting;

import java.util.List;

import org.sujarit.platform.audit.AuditEvent;

/**
 * What a report page shows: the report's view (with its newest versions) and the newest audit entries
 * about it, oldest first, with how many of each there are in all.
 */
public record ReportPage(ReportView view, int versionCount, List<AuditEvent> history, long historyCount) {

	/** How many versions and audit entries a report's page shows; the history page shows them all. */
	public static final int RECENT = 10;

	public boolean versionsTrimmed() {
		return versionCount > view.versions().size();
	}

	public boolean historyTrimmed() {
		return historyCount > history.size();
	}

}
