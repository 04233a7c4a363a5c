package org.sujarit.opendata.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A parser of tables with one column per field: the ingest service keeps every cell as typed (fiscal
 * year, LAO code and amount text included) instead of the {@link SourceLine}s other layouts give.
 */
public interface FieldRowParser {

	/** The layout name stored with the document, e.g. {@code TEMPLATE}. */
	String layout();

	List<FieldRow> rows(Path file, String originalName) throws IOException;

	/** What was left out of the file and the officer should know (e.g. hidden sheets), stored as notes. */
	default List<ParsedFile.ParseProblem> problems(Path file, String originalName) throws IOException {
		return List.of();
	}

	/** The rows and the problems together; parsers that can read the file once for both do. */
	default Table table(Path file, String originalName) throws IOException {
		return new Table(rows(file, originalName), problems(file, originalName));
	}

	/** A table's rows as typed and what was left out of the file. */
	record Table(List<FieldRow> rows, List<ParsedFile.ParseProblem> problems) {

		public Table {
			rows = List.copyOf(rows);
			problems = List.copyOf(problems);
		}

	}

}
