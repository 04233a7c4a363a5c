package org.sujarit.platform.tabular;

import java.util.List;
import java.util.Set;

/**
 * One row of a sheet as text: {@code number} is the row number the user sees (1-based, in Excel the
 * row header, in CSV the record's position), {@code cells} run from column A to the last non-empty cell,
 * empty cells as {@code ""}. Spreadsheet error values are kept as their text ({@code #REF!},
 * {@code #DIV/0!}, ...) so callers can report them.
 */
public record Row(int number, List<String> cells) {

	/** The error values Excel and LibreOffice write in place of a result. */
	public static final Set<String> ERROR_VALUES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
			"#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
			"#UNKNOWN!", "#PYTHON!", "#EXTERNAL!");

	public Row {
		cells = List.copyOf(cells);
	}

	/** The cell at a 0-based column index, {@code ""} past the end. */
	public String cell(int column) {
		return column < cells.size() ? cells.get(column) : "";
	}

	/** Whether any cell holds a spreadsheet error value. */
	public boolean hasErrorCell() {
		return cells.stream().anyMatch(Row::isError);
	}

	/** 0-based indexes of the cells holding error values. */
	public List<Integer> errorColumns() {
		return java.util.stream.IntStream.range(0, cells.size()).filter(i -> isError(cells.get(i))).boxed().toList();
	}

	public static boolean isError(String cell) {
		return ERROR_VALUES.contains(cell);
	}

	/** The spreadsheet name of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
	public static String columnName(int column) {
		StringBuilder name = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

}
