package org.sujarit.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * A small RFC 4180 reader for the bundled reference and demo files: header row, comma separated, fields
 * in double quotes may hold commas, quotes ("") and line breaks; CRLF or LF records; UTF-8 without BOM.
 */
final class Csv {

	private Csv() {
	}

	/** One record, by column name; a missing or empty column reads as "". */
	record Row(int line, Map<String, String> values) {

		String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value.strip();
		}

		String orNull(String column) {
			String value = get(column);
			return value.isEmpty() ? null : value;
		}

	}

	static List<Row> classpath(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	static List<Row> read(Reader reader) throws IOException {
		List<List<String>> records = records(reader.markSupported() ? reader : new BufferedReader(reader));
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = new ArrayList<>(records.get(0));
		if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
			header.set(0, header.get(0).substring(1));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> fields = records.get(i);
			if (fields.size() == 1 && fields.get(0).isEmpty()) {
				continue;
			}
			Map<String, String> values = new HashMap<>();
			for (int c = 0; c < header.size() && c < fields.size(); c++) {
				values.put(header.get(c).strip(), fields.get(c));
			}
			rows.add(new Row(i + 1, values));
		}
		return rows;
	}

	private static List<List<String>> records(Reader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int c;
		while ((c = reader.read()) != -1) {
			char ch = (char) c;
			any = true;
			if (quoted) {
				if (ch == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r') {
					reader.mark(1);
					if (reader.read() != '\n') {
						reader.reset();
					}
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
				any = false;
			}
			else {
				field.append(ch);
			}
		}
		if (any) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
