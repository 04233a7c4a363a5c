package org.sujarit.reporting;

/**
 * A row of the national progress table, as in the seed report.
 */
public record ProgressTableRow(String source, String item, String activity, String timeframe, String agencies,
		String progress) {
}
