package org.sujarit.opendata.ingest;

import java.util.List;

/**
 * What a {@link BudgetFileParser} read from one file: its lines in file order and the problems that
 * stopped it reading parts of the file (each a message key with where it happened).
 *
 * @param layout how the file was read, e.g. {@code TEMPLATE}, {@code MAPPED}, {@code HIERARCHICAL_XLSX},
 *        {@code PDF_TEXT}
 */
public record ParsedFile(String layout, List<SourceLine> lines, List<ParseProblem> problems) {

	public ParsedFile {
		lines = List.copyOf(lines);
		problems = List.copyOf(problems);
	}

	/**
	 * @param code message key, e.g. {@code opendata.parse.scanned-pdf}
	 * @param arguments message arguments
	 */
	public record ParseProblem(String code, List<String> arguments, String sheet, Integer row, Integer page) {

		public ParseProblem {
			arguments = List.copyOf(arguments);
		}

	}

}
