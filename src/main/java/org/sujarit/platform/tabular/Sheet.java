package org.sujarit.platform.tabular;

import java.util.List;

/**
 * A sheet of a workbook, or the single table of a CSV file (named after the file). Blank rows are left
 * out; the rows keep the numbers the user sees. {@code hidden} is true for sheets hidden in Excel (also
 * "very hidden" ones), which importers should normally skip or at least mention.
 */
public record Sheet(String name, List<Row> rows, boolean hidden) {

	public Sheet {
		rows = List.copyOf(rows);
	}

	public Sheet(String name, List<Row> rows) {
		this(name, rows, false);
	}

}
