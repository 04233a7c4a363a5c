package org.sujarit.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A report's searchable text and the classification search results are filtered and permission-checked
 * by, for the search index. {@code evidenceNames} are the names of the evidence files still attached.
 */
public record SearchableReport(long id, long roundId, int fiscalYear, RoundKind roundKind, long activityId,
		String activityCode, long agencyId, String sourceCode, Set<String> workingGroups, ReportState state,
		String narrative, String problems, String suggestions, List<String> evidenceNames, Instant updatedAt) {

	public SearchableReport {
		workingGroups = Set.copyOf(workingGroups);
		evidenceNames = List.copyOf(evidenceNames);
	}

	/** Whether there is anything to find: some text or an evidence file. */
	public boolean hasContent() {
		return !blank(narrative) || !blank(problems) || !blank(suggestions) || !evidenceNames.isEmpty();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
