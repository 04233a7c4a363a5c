package org.sujarit.opendata;

import java.util.List;

/**
 * One finding of the check, in the manner of a Frictionless validation report.
 *
 * @param code Frictionless-style error type: {@code missing-cell}, {@code type-error},
 *        {@code constraint-error}, {@code foreign-key}, {@code duplicate-row}, {@code encoding-error},
 *        {@code negative-amount}, {@code absurd-amount}, {@code fiscal-year-mismatch}, {@code unknown-lao},
 *        {@code plan-total-mismatch}, {@code group-total-mismatch}, {@code grand-total-mismatch},
 *        {@code blank-table}, {@code parse-note}
 * @param lineId the stored line, or null for the document as a whole
 * @param row the row (or page) in the uploaded file, when known
 * @param field the field the cell belongs to, or null for the whole line
 * @param cell the cell's value as stored
 * @param message message key with {@code arguments} (Thai and English bundles)
 * @param error errors make the document invalid; notes (what a parser could not read) do not
 */
public record ValidationIssue(String code, Long lineId, Integer ordinal, Integer row, BudgetField field, String cell,
		String message, List<String> arguments, boolean error) {

	public ValidationIssue {
		arguments = List.copyOf(arguments);
	}

	public String[] args() {
		return arguments.toArray(String[]::new);
	}

}
