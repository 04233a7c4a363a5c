package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Something the import check found, where it is in the workbook ({@code sheet}, Excel row number,
 * column letter — each null when the problem is not about one place) and what it is: a message key of
 * the cpi bundle (Thai and English) with its arguments. Errors block applying; warnings are shown and
 * may be accepted; notes only say what was skipped.
 */
public record ImportProblem(Severity severity, String sheet, Integer row, String column, String code,
		List<String> arguments) {

	public enum Severity {

		ERROR, WARNING, NOTE

	}

	public ImportProblem {
		arguments = List.copyOf(arguments);
	}

	static ImportProblem error(String sheet, Integer row, String column, String code, Object... arguments) {
		return new ImportProblem(Severity.ERROR, sheet, row, column, code, strings(arguments));
	}

	static ImportProblem warning(String sheet, Integer row, String column, String code, Object... arguments) {
		return new ImportProblem(Severity.WARNING, sheet, row, column, code, strings(arguments));
	}

	static ImportProblem note(String sheet, String code, Object... arguments) {
		return new ImportProblem(Severity.NOTE, sheet, null, null, code, strings(arguments));
	}

	public boolean error() {
		return severity == Severity.ERROR;
	}

	/** The arguments for {@code #messages.msgWithParams}. */
	public Object[] args() {
		return arguments.toArray();
	}

	private static List<String> strings(Object[] arguments) {
		return Arrays.stream(arguments)
			.map(a -> a instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(a))
			.toList();
	}

}
