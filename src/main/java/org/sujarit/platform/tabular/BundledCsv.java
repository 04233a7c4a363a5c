package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the CSV files that ship with the product (reference and demo data): UTF-8, an optional byte-order
 * mark, a header row, comma separated, parsed by the same RFC 4180 reader as uploads. For trusted files
 * only; anything a person uploads goes through {@link TabularReader}.
 */
public final class BundledCsv {

	private BundledCsv() {
	}

	/**
	 * One data record: {@code line} is its record number in the file (the header is 1), {@code values}
	 * holds every header column in file order, as written, {@code ""} where the record is short.
	 */
	public record Row(int line, Map<String, String> values) {

		public Row {
			values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		}

		/** The value without surrounding spaces; {@code ""} when empty or not a column. */
		public String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value.strip();
		}

		/** Like {@link #get(String)}, with {@code null} for empty. */
		public String orNull(String column) {
			String value = get(column);
			return value.isEmpty() ? null : value;
		}

	}

	/** The data records of a classpath resource; blank records are skipped. */
	public static List<Row> read(String classpathResource) {
		try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + classpathResource, ex);
		}
	}

	/** The data records of CSV text with a header row. */
	public static List<Row> parse(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<org.sujarit.platform.tabular.Row> records = new ArrayList<>();
		TabularProperties limits = TabularProperties.defaults();
		try {
			new CsvReader(new RowSink(records::add, limits), limits).read(new StringReader(body), "", ',');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> header = records.get(0).cells().stream().map(String::strip).toList();
		List<Row> rows = new ArrayList<>(records.size() - 1);
		for (var record : records.subList(1, records.size())) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				values.put(header.get(c), record.cell(c));
			}
			rows.add(new Row(record.number(), values));
		}
		return List.copyOf(rows);
	}

}
