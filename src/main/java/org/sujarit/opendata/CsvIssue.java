package org.sujarit.opendata;

import java.util.List;

/**
 * One finding of the check of an open-data CSV file, Frictionless-style.
 *
 * @param code Frictionless error type ({@code missing-label}, {@code extra-label}, {@code duplicate-label},
 *        {@code blank-label}, {@code extra-cell}, {@code missing-cell}, {@code type-error},
 *        {@code constraint-error}, {@code primary-key}, {@code foreign-key}, {@code duplicate-row}) or one of
 *        the budget checks' ({@code plan-total-mismatch}, {@code unknown-lao}, {@code lao-split}, ...)
 * @param row the row in the file (1 = the header), null for the file as a whole
 * @param column the column's name in the header, null for the whole row
 * @param cell the cell's text as read
 * @param message message key with {@code arguments} (Thai and English bundles)
 */
public record CsvIssue(String code, Integer row, String column, String cell, String message, List<String> arguments,
		boolean error) {

	public CsvIssue {
		arguments = List.copyOf(arguments);
	}

	public String[] args() {
		return arguments.toArray(String[]::new);
	}

}
