package org.sujarit.directory.imports;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.platform.web.DomainException;

/**
 * RFC 4180 CSV: fields separated by a comma (or a semicolon or tab when the header uses one instead),
 * optionally quoted with {@code "}, quotes doubled inside quoted fields, records ending in CRLF or LF,
 * line breaks allowed inside quoted fields.
 */
public final class CsvParser {

	private CsvParser() {
	}

	/** Every record of a small trusted CSV text (header included), as lists of cells. */
	public static List<List<String>> records(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		return parse(body, Integer.MAX_VALUE - 1).stream().filter(row -> !row.blank()).map(SheetRow::cells).toList();
	}

	static List<SheetRow> parse(String text, int maxRows) {
		char delimiter = delimiter(text);
		List<SheetRow> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean cellStarted = false;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < length && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				continue;
			}
			if (c == '"' && !cellStarted) {
				quoted = true;
				cellStarted = true;
			}
			else if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
				cellStarted = false;
			}
			else if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
				// CR of CRLF: the LF ends the record
			}
			else if (c == '\n' || c == '\r') {
				cells.add(cell.toString());
				cell.setLength(0);
				cellStarted = false;
				rows.add(new SheetRow(recordLine, List.copyOf(cells)));
				checkSize(rows, maxRows);
				cells.clear();
				line++;
				recordLine = line;
			}
			else {
				cell.append(c);
				cellStarted = true;
			}
		}
		if (quoted) {
			throw DomainException.invalid("directory.import.file.csv-unclosed-quote", recordLine);
		}
		if (cellStarted || !cells.isEmpty() || cell.length() > 0) {
			cells.add(cell.toString());
			rows.add(new SheetRow(recordLine, List.copyOf(cells)));
			checkSize(rows, maxRows);
		}
		return rows;
	}

	private static void checkSize(List<SheetRow> rows, int maxRows) {
		// the header plus maxRows data rows
		if (rows.size() > maxRows + 1) {
			throw DomainException.invalid("directory.import.file.too-many-rows", maxRows);
		}
	}

	/** Comma unless the first line has none but has semicolons or tabs (regional Excel exports). */
	static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		if (first.indexOf(',') >= 0) {
			return ',';
		}
		if (first.indexOf('\t') >= 0) {
			return '\t';
		}
		if (first.indexOf(';') >= 0) {
			return ';';
		}
		return ',';
	}

}
