package org.sujarit.opendata.progress;

import java.util.List;

/**
 * The coordinator's view of one fiscal year and document type: totals per state, the same by province and
 * by type of LAO, and the PAO target group's publication rate (all PAOs, whatever the province and type
 * filters).
 */
public record ProgressReport(ProgressFilter filter, StateCounts totals, List<ProgressGroup> byProvince,
		List<ProgressGroup> byType, PublicationTarget paoTarget) {
}
