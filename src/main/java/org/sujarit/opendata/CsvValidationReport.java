package org.sujarit.opendata;

import java.util.List;
import java.util.Map;

/**
 * What the streaming check found in an open-data budget CSV file.
 *
 * @param encoding how the text was read: {@code CSV_UTF8}, {@code CSV_UTF16} or {@code CSV_WINDOWS_874}
 * @param header the column names as read
 * @param rows data rows read (the header not counted)
 * @param laos local governments the file holds lines of
 * @param errorCount every error found, also those past the listed ones
 * @param counts the number of issues of each code
 * @param issues the first issues in file order (totals at the end of each LAO's lines), at most the limit
 * @param truncated whether issues were left out of {@code issues}
 */
public record CsvValidationReport(String fileName, String encoding, List<String> header, long rows, int laos,
		long errorCount, Map<String, Long> counts, List<CsvIssue> issues, boolean truncated) {

	public CsvValidationReport {
		header = List.copyOf(header);
		counts = Map.copyOf(counts);
		issues = List.copyOf(issues);
	}

	public boolean valid() {
		return errorCount == 0;
	}

	public long warningCount() {
		return counts.values().stream().mapToLong(Long::longValue).sum() - errorCount;
	}

}
