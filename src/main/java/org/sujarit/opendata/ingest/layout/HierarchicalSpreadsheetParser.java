package org.sujarit.opendata.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sujarit.opendata.ingest.BudgetFileParser;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.RowHandler;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.tabular.ThaiNumberParser;
import org.sujarit.platform.web.DomainException;

/**
 * Reads a spreadsheet (.xlsx, .xls, CSV) of the printed hierarchical budget layout, as e-LAAS exports it
 * or a local government retypes it: each row becomes a {@link LayoutLine} whose indentation is the column
 * the text starts in (plus leading spaces) and whose amount is the rightmost numeric cell, a "บาท" cell
 * after it ignored; then {@link LayoutRecogniser} reads the hierarchy. Recognised by its content: a
 * spreadsheet whose first rows carry the layout's title or a แผนงาน and a งบ heading. After the template
 * parser, which reads the portal's column layout.
 */
@Component
@Order(200)
public class HierarchicalSpreadsheetParser implements BudgetFileParser {

	static final String LAYOUT = "HIERARCHICAL_XLSX";

	static final String MATRIX_LAYOUT = "SUMMARY_MATRIX_XLSX";

	/** Rows looked at to recognise the layout. */
	private static final int SNIFF_ROWS = 60;

	/** A spreadsheet column counts as this many characters of indentation. */
	private static final int COLUMN_INDENT = 4;

	private final TabularReader reader;

	public HierarchicalSpreadsheetParser(TabularReader reader) {
		this.reader = reader;
	}

	@Override
	public boolean recognises(Path file, String mediaType) throws IOException {
		if (!spreadsheet(mediaType)) {
			return false;
		}
		List<Row> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			reader.read(in, file.getFileName().toString(), new RowHandler() {
				@Override
				public void row(Row row) {
					rows.add(row);
					if (rows.size() >= SNIFF_ROWS) {
						throw new EnoughRows();
					}
				}
			});
		}
		catch (EnoughRows enough) {
			// the first rows are all recognition needs
		}
		catch (DomainException ex) {
			return false;
		}
		return LayoutRecogniser.looksHierarchical(rows.stream().map(row -> String.join(" ", row.cells())).toList())
				|| !SummaryMatrixRecogniser.headers(rows).isEmpty();
	}

	@Override
	public ParsedFile parse(Path file, String originalName) throws IOException {
		Map<String, List<Row>> sheets = new LinkedHashMap<>();
		List<ParseProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			reader.read(in, originalName, new RowHandler() {

				private List<Row> rows = new ArrayList<>();

				@Override
				public void sheet(String name, boolean hidden) {
					rows = new ArrayList<>();
					if (hidden) {
						problems.add(new ParseProblem("opendata.parse.layout.hidden-sheet", List.of(name), name, null,
								null));
					}
					else {
						sheets.put(name, rows);
					}
				}

				@Override
				public void row(Row row) {
					rows.add(row);
				}
			});
		}
		catch (DomainException ex) {
			List<String> arguments = Arrays.stream(ex.arguments()).map(String::valueOf).toList();
			problems.add(new ParseProblem(ex.code(), arguments, null, null, null));
			return new ParsedFile(LAYOUT, List.of(), problems);
		}
		return read(sheets, problems);
	}

	/**
	 * The detailed layout from the sheets that print it; when none does, the summary matrices. A summary
	 * next to the detail is left out (its cells repeat the detail's sums) and said so.
	 */
	private static ParsedFile read(Map<String, List<Row>> sheets, List<ParseProblem> problems) {
		Map<String, List<SummaryMatrixRecogniser.Header>> matrices = new LinkedHashMap<>();
		List<LayoutLine> detail = new ArrayList<>();
		sheets.forEach((sheet, rows) -> {
			List<SummaryMatrixRecogniser.Header> headers = SummaryMatrixRecogniser.headers(rows);
			if (headers.isEmpty()) {
				rows.stream().map(row -> layoutLine(row, sheet)).flatMap(Optional::stream).forEach(detail::add);
			}
			else {
				matrices.put(sheet, headers);
			}
		});
		ParsedFile parsed = LayoutFiles.parsed(LAYOUT, detail, problems);
		boolean detailRead = parsed.lines().stream().anyMatch(line -> line.kind() == LineKind.LINE);
		if (matrices.isEmpty() || detailRead) {
			List<ParseProblem> all = new ArrayList<>(parsed.problems());
			matrices.keySet()
				.forEach(sheet -> all.add(new ParseProblem("opendata.parse.layout.summary-sheet-skipped",
						List.of(sheet), sheet, null, null)));
			return new ParsedFile(LAYOUT, parsed.lines(), all);
		}
		List<SourceLine> lines = new ArrayList<>();
		List<ParseProblem> matrixProblems = new ArrayList<>(problems);
		matrices.forEach((sheet, headers) -> {
			LayoutRecogniser.Result result = SummaryMatrixRecogniser.read(sheet, sheets.get(sheet), headers);
			lines.addAll(result.lines());
			matrixProblems.addAll(result.problems());
		});
		return LayoutFiles.checked(MATRIX_LAYOUT, LayoutFiles.renumbered(lines), matrixProblems);
	}

	/** The row as a printed line: text from its first non-empty cell, the rightmost number as amount. */
	static Optional<LayoutLine> layoutLine(Row row, String sheet) {
		List<String> cells = row.cells();
		int first = 0;
		while (first < cells.size() && cells.get(first).isBlank()) {
			first++;
		}
		if (first == cells.size()) {
			return Optional.empty();
		}
		int last = cells.size() - 1;
		while (last > first && (cells.get(last).isBlank() || "บาท".equals(cells.get(last).strip()))) {
			last--;
		}
		String lastCell = cells.get(last).strip();
		boolean amount = last > first
				&& (ThaiNumberParser.parse(lastCell).isPresent() || Row.isError(lastCell));
		int textEnd = amount ? last : last + 1;
		StringBuilder text = new StringBuilder();
		for (int column = first; column < textEnd; column++) {
			String cell = cells.get(column);
			if (!cell.isBlank()) {
				text.append(text.isEmpty() ? cell.stripTrailing() : " " + cell.strip());
			}
		}
		String firstCell = cells.get(first);
		int spaces = firstCell.length() - firstCell.stripLeading().length();
		return Optional.of(new LayoutLine(text.toString(), first * COLUMN_INDENT + spaces,
				amount ? lastCell : null, sheet, row.number(), null));
	}

	private static boolean spreadsheet(String mediaType) {
		if (mediaType == null) {
			return false;
		}
		String type = mediaType.toLowerCase(Locale.ROOT);
		return type.contains("spreadsheetml") || type.contains("ms-excel") || type.contains("x-tika-msoffice")
				|| type.contains("x-tika-ooxml") || type.startsWith("text/csv") || type.startsWith("text/plain")
				|| type.startsWith("text/tab-separated-values");
	}

	/** Stops reading once the rows recognition needs are in. */
	private static final class EnoughRows extends RuntimeException {

		private static final long serialVersionUID = 1L;

		EnoughRows() {
			super(null, null, false, false);
		}

	}

}
