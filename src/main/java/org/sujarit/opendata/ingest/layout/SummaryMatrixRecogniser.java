package org.sujarit.opendata.ingest.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * Reads the summary table "ประมาณการรายจ่าย ... จำแนกตามแผนงานและงบ": a matrix whose columns are the
 * แผนงาน (or the งาน of one แผนงาน printed above the table) with a "รวม" column, whose rows are the งบ and
 * their หมวด, closed by a "รวม" or "รวมทั้งสิ้น" row. Each cell of a หมวด row (or of a งบ row without
 * หมวด under it) is a {@code LINE}; a งบ row over หมวด rows gives {@code GROUP_TOTAL}s; the "รวม" row gives
 * {@code PLAN_TOTAL}s per แผนงาน column (a {@code HEADING} amount per งาน column), and the "รวม" column the
 * row's total over the columns: a {@code GROUP_TOTAL} of the whole document (no แผนงาน) or of the one
 * แผนงาน, a {@code HEADING} amount for a หมวด, and the {@code GRAND_TOTAL} (or that แผนงาน's
 * {@code PLAN_TOTAL}) at the bottom.
 */
final class SummaryMatrixRecogniser {

	/** Rows looked at for the header. */
	private static final int HEADER_ROWS = 40;

	/** A column of the matrix: a แผนงาน, a งาน of the table's แผนงาน, or the total. */
	private record Column(int index, String header, String plan, String work, boolean total) {
	}

	/**
	 * The header row and its columns; {@code plan} is the แผนงาน printed above a table of งาน columns, null
	 * for a table of แผนงาน columns.
	 */
	record Header(int position, List<Column> columns, String plan) {
	}

	private enum RowKind {

		GROUP, CATEGORY, TOTAL, GRAND, OTHER

	}

	private SummaryMatrixRecogniser() {
	}

	/**
	 * The header rows of the sheet's matrices (a sheet may print one table per แผนงาน), if its first
	 * rows hold one; empty when the sheet is no such summary.
	 */
	static List<Header> headers(List<Row> rows) {
		List<Header> headers = new ArrayList<>();
		String plan = null;
		for (int position = 0; position < rows.size(); position++) {
			if (headers.isEmpty() && position >= HEADER_ROWS) {
				break;
			}
			List<String> cells = rows.get(position).cells();
			List<Integer> filled = filled(cells);
			if (filled.size() == 1) {
				plan = BudgetNames.plan(key(cells.get(filled.get(0)))).orElse(plan);
				continue;
			}
			header(position, cells, filled, plan).ifPresent(headers::add);
		}
		return headers;
	}

	private static Optional<Header> header(int position, List<String> cells, List<Integer> filled, String plan) {
		List<Column> columns = new ArrayList<>();
		for (int index : filled.subList(Math.min(1, filled.size()), filled.size())) {
			String header = ThaiTextNormalizer.normalize(cells.get(index));
			String key = BudgetNames.key(header);
			Optional<String> planColumn = BudgetNames.planName(key);
			if (planColumn.isPresent()) {
				columns.add(new Column(index, header, planColumn.get(), null, false));
			}
			else if (key.startsWith("งาน") && plan != null) {
				columns.add(new Column(index, header, plan, header, false));
			}
			else if (key.equals("รวม") || key.equals("รวมทั้งสิ้น") || key.equals("ยอดรวม")) {
				columns.add(new Column(index, header, null, null, true));
			}
		}
		long plans = columns.stream().filter(column -> column.plan() != null && column.work() == null).count();
		long works = columns.stream().filter(column -> column.work() != null).count();
		if (plans >= 2 || works >= 1 && plans == 0) {
			return Optional.of(new Header(position, columns, plans >= 2 ? null : plan));
		}
		return Optional.empty();
	}

	/** Every table of the sheet, each from its header row to the next table's. */
	static LayoutRecogniser.Result read(String sheet, List<Row> rows, List<Header> headers) {
		List<SourceLine> lines = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		for (int table = 0; table < headers.size(); table++) {
			int end = table + 1 < headers.size() ? headers.get(table + 1).position() : rows.size();
			read(sheet, rows.subList(0, end), headers.get(table), lines, problems);
		}
		return new LayoutRecogniser.Result(lines, problems);
	}

	private static void read(String sheet, List<Row> rows, Header header, List<SourceLine> lines,
			List<ParseProblem> problems) {
		int firstColumn = header.columns().get(0).index();
		String group = null;
		for (int position = header.position() + 1; position < rows.size(); position++) {
			Row row = rows.get(position);
			String label = label(row, firstColumn);
			String key = BudgetNames.key(label);
			RowKind kind = kind(key);
			if (kind == RowKind.GROUP) {
				group = BudgetNames.group(key).orElseThrow();
			}
			if (kind == RowKind.OTHER && (label.isEmpty() || group == null)) {
				continue;
			}
			String category = kind == RowKind.CATEGORY ? BudgetNames.category(key).orElseThrow()
					: kind == RowKind.OTHER ? label : null;
			boolean totalRow = kind == RowKind.TOTAL || kind == RowKind.GRAND;
			boolean groupOverCategories = kind == RowKind.GROUP && categoriesFollow(rows, position + 1, firstColumn);
			for (Column column : header.columns()) {
				String cell = ThaiTextNormalizer.normalize(row.cell(column.index()));
				if (cell.isEmpty()) {
					continue;
				}
				Optional<BigDecimal> amount = ThaiNumberParser.parse(cell);
				if (amount.isEmpty()) {
					problems.add(new ParseProblem("opendata.parse.layout.amount-unreadable",
							List.of(label + " / " + column.header(), cell), sheet, row.number(), null));
					continue;
				}
				LineKind lineKind = lineKind(kind, groupOverCategories, column, header);
				String plan = column.total() ? header.plan() : column.plan();
				lines.add(new SourceLine(lines.size() + 1, lineKind, plan == null ? null : BudgetNames.PLANS.get(plan),
						plan, column.total() ? null : column.work(), totalRow ? null : group,
						totalRow ? null : category, null, null, null, amount.get(), sheet, row.number(), null,
						label + " / " + column.header() + " " + cell));
			}
		}
	}

	private static LineKind lineKind(RowKind kind, boolean groupOverCategories, Column column, Header header) {
		return switch (kind) {
			case GROUP -> groupOverCategories || column.total() ? LineKind.GROUP_TOTAL : LineKind.LINE;
			case CATEGORY, OTHER -> column.total() ? LineKind.HEADING : LineKind.LINE;
			case TOTAL, GRAND -> {
				if (column.total()) {
					yield header.plan() == null ? LineKind.GRAND_TOTAL : LineKind.PLAN_TOTAL;
				}
				yield column.work() == null ? LineKind.PLAN_TOTAL : LineKind.HEADING;
			}
		};
	}

	private static RowKind kind(String key) {
		if ((key.startsWith("รวม") || key.startsWith("ยอดรวม")) && key.endsWith("ทั้งสิ้น")) {
			return RowKind.GRAND;
		}
		if (key.startsWith("รวม") || key.startsWith("ยอดรวม")) {
			return RowKind.TOTAL;
		}
		if (BudgetNames.group(key).isPresent()) {
			return RowKind.GROUP;
		}
		return BudgetNames.category(key).isPresent() ? RowKind.CATEGORY : RowKind.OTHER;
	}

	/** Whether หมวด rows follow a งบ row (before the next งบ or total). */
	private static boolean categoriesFollow(List<Row> rows, int from, int firstColumn) {
		for (int position = from; position < rows.size(); position++) {
			String key = BudgetNames.key(label(rows.get(position), firstColumn));
			if (!key.isEmpty()) {
				return kind(key) == RowKind.CATEGORY || kind(key) == RowKind.OTHER;
			}
		}
		return false;
	}

	/** The row's words left of the first amount column. */
	private static String label(Row row, int firstColumn) {
		StringBuilder label = new StringBuilder();
		for (int index = 0; index < Math.min(firstColumn, row.cells().size()); index++) {
			String cell = ThaiTextNormalizer.normalize(row.cell(index));
			if (!cell.isEmpty()) {
				label.append(label.isEmpty() ? "" : " ").append(cell);
			}
		}
		return BudgetNames.label(label.toString());
	}

	private static List<Integer> filled(List<String> cells) {
		List<Integer> filled = new ArrayList<>();
		for (int index = 0; index < cells.size(); index++) {
			if (!cells.get(index).isBlank()) {
				filled.add(index);
			}
		}
		return filled;
	}

	private static String key(String cell) {
		return BudgetNames.key(ThaiTextNormalizer.normalize(cell));
	}

}
