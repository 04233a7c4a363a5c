package org.sujarit.opendata.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sujarit.opendata.BudgetField;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.RowHandler;
import org.sujarit.platform.tabular.Sheet;
import org.sujarit.platform.tabular.TabularFormat;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Sujarit's own template (and any table laid out like it, CSV included): a row of the fields' short
 * English keys ({@code plan}, {@code budget_group}, {@code item}, {@code amount}, ...) within the first rows
 * of a sheet, the data below it. Asked first, before the printed layouts and the column mapping.
 */
@Component
@Order(100)
public class TemplateParser implements BudgetFileParser, FieldRowParser {

	public static final String LAYOUT = "TEMPLATE";

	/** How far down a sheet the key row may be (the template has it in row 2). */
	static final int SEARCH_ROWS = 10;

	private final TabularReader reader;

	public TemplateParser(TabularReader reader) {
		this.reader = reader;
	}

	@Override
	public boolean recognises(Path file, String mediaType) throws IOException {
		if (!tabular(mediaType)) {
			return false;
		}
		try {
			List<Sheet> sheets = firstRows(file);
			return find(sheets).isPresent() || hiddenTables(sheets).findAny().isPresent();
		}
		catch (DomainException ex) {
			return false;
		}
	}

	@Override
	public String layout() {
		return LAYOUT;
	}

	@Override
	public ParsedFile parse(Path file, String originalName) throws IOException {
		return FieldColumns.parsed(LAYOUT, rows(file, originalName));
	}

	@Override
	public List<FieldRow> rows(Path file, String originalName) throws IOException {
		return rows(read(file, originalName));
	}

	@Override
	public Table table(Path file, String originalName) throws IOException {
		List<Sheet> sheets = read(file, originalName);
		return new Table(rows(sheets), problems(sheets));
	}

	private static List<FieldRow> rows(List<Sheet> sheets) {
		Optional<FieldColumns> found = find(sheets);
		if (found.isEmpty()) {
			Optional<String> hidden = hiddenTables(sheets).findFirst();
			if (hidden.isPresent()) {
				throw DomainException.invalid("opendata.upload.hidden-sheet-only", hidden.get());
			}
		}
		FieldColumns columns = found
			.orElseThrow(() -> DomainException.invalid("opendata.upload.template-keys-missing"));
		Sheet sheet = sheets.stream().filter(s -> s.name().equals(columns.sheet())).findFirst().orElseThrow();
		return columns.read(sheet.rows());
	}

	/**
	 * Hidden sheets that hold a key row are never imported — a hidden sheet must not silently become the
	 * budget (it is often last year's, or a working copy) — and the officer is told about each.
	 */
	@Override
	public List<ParsedFile.ParseProblem> problems(Path file, String originalName) throws IOException {
		return problems(read(file, originalName));
	}

	private static List<ParsedFile.ParseProblem> problems(List<Sheet> sheets) {
		return hiddenTables(sheets)
			.map(name -> new ParsedFile.ParseProblem("opendata.parse.hidden-sheet-skipped", List.of(name), name, null,
					null))
			.toList();
	}

	/** The names of hidden sheets with a key row. */
	private static Stream<String> hiddenTables(List<Sheet> sheets) {
		return sheets.stream().filter(Sheet::hidden).filter(s -> keyRow(s).isPresent()).map(Sheet::name);
	}

	/** The first visible sheet with a key row: at least four field keys, {@code amount} among them. */
	static Optional<FieldColumns> find(List<Sheet> sheets) {
		return sheets.stream().filter(s -> !s.hidden()).map(TemplateParser::keyRow).flatMap(Optional::stream).findFirst();
	}

	private static Optional<FieldColumns> keyRow(Sheet sheet) {
		for (Row row : sheet.rows()) {
			if (row.number() > SEARCH_ROWS) {
				break;
			}
			Map<BudgetField, Integer> columns = new EnumMap<>(BudgetField.class);
			for (int i = 0; i < row.cells().size(); i++) {
				int column = i;
				BudgetField.ofKey(row.cell(i).toLowerCase(Locale.ROOT)).ifPresent(f -> columns.putIfAbsent(f, column));
			}
			if (columns.size() >= 4 && columns.containsKey(BudgetField.AMOUNT)) {
				return Optional.of(new FieldColumns(sheet.name(), row.number(), columns));
			}
		}
		return Optional.empty();
	}

	/**
	 * The first {@link #SEARCH_ROWS} rows of each sheet, all recognition needs: a CSV (one sheet) stops
	 * being read there, a workbook's other rows are streamed past without being kept.
	 */
	private List<Sheet> firstRows(Path file) throws IOException {
		List<Sheet> sheets = new ArrayList<>();
		List<List<Row>> rows = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<Boolean> hidden = new ArrayList<>();
		boolean[] csv = { false };
		try (InputStream in = Files.newInputStream(file)) {
			reader.read(in, "budget", new RowHandler() {

				@Override
				public void format(TabularFormat format) {
					csv[0] = format != TabularFormat.XLSX && format != TabularFormat.XLS;
				}

				@Override
				public void sheet(String name, boolean sheetHidden) {
					names.add(name);
					hidden.add(sheetHidden);
					rows.add(new ArrayList<>());
				}

				@Override
				public void row(Row row) {
					List<Row> sheet = rows.get(rows.size() - 1);
					if (row.number() <= SEARCH_ROWS) {
						sheet.add(row);
					}
					else if (csv[0]) {
						throw new EnoughRows();
					}
				}

			});
		}
		catch (EnoughRows enough) {
			// a CSV's first rows are in
		}
		for (int i = 0; i < names.size(); i++) {
			sheets.add(new Sheet(names.get(i), rows.get(i), hidden.get(i)));
		}
		return sheets;
	}

	/** Stops reading a CSV once its first rows are in. */
	private static final class EnoughRows extends RuntimeException {

		private static final long serialVersionUID = 1L;

		EnoughRows() {
			super(null, null, false, false);
		}

	}

	private List<Sheet> read(Path file, String originalName) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return reader.read(in, originalName);
		}
	}

	static boolean tabular(String mediaType) {
		String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.contains("spreadsheet") || type.contains("excel")
				|| type.contains("csv");
	}

}
