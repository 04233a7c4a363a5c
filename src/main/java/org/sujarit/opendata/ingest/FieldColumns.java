package org.sujarit.opendata.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sujarit.opendata.BudgetField;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * Where each field is in a table: the sheet, the row holding the headers and a column per field. Reads
 * the rows below the headers into {@link FieldRow}s and, for the parser contract, {@link SourceLine}s.
 *
 * @param headerRow 1-based row number of the header (key) row; data starts below it
 * @param columns 0-based column of each mapped field
 */
public record FieldColumns(String sheet, int headerRow, Map<BudgetField, Integer> columns) {

	public FieldColumns {
		columns = columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
	}

	public List<FieldRow> read(List<Row> rows) {
		List<FieldRow> read = new ArrayList<>();
		for (Row row : rows) {
			if (row.number() <= headerRow) {
				continue;
			}
			Map<BudgetField, String> cells = new EnumMap<>(BudgetField.class);
			columns.forEach((field, column) -> {
				String cell = row.cell(column).strip();
				if (!cell.isEmpty()) {
					cells.put(field, cell);
				}
			});
			if (cells.isEmpty()) {
				continue;
			}
			LineKind kind = RowKinds.of(cells.get(BudgetField.ROW_TYPE), cells.get(BudgetField.ITEM),
					cells.get(BudgetField.PLAN), cells.get(BudgetField.BUDGET_GROUP));
			read.add(new FieldRow(sheet, row.number(), kind, cells));
		}
		return read;
	}

	/** Field rows as the parser contract's lines; unreadable amounts become problems. */
	public static ParsedFile parsed(String layout, List<FieldRow> rows) {
		List<SourceLine> lines = new ArrayList<>();
		List<ParsedFile.ParseProblem> problems = new ArrayList<>();
		for (FieldRow row : rows) {
			String amountText = row.get(BudgetField.AMOUNT);
			BigDecimal amount = ThaiNumberParser.parse(amountText).orElse(null);
			if (amount == null && !amountText.isEmpty()) {
				problems.add(new ParsedFile.ParseProblem("opendata.check.type-error.amount", List.of(amountText),
						row.sheet(), row.row(), null));
			}
			lines.add(new SourceLine(lines.size() + 1, row.kind(), text(row, BudgetField.SIDE),
					text(row, BudgetField.PLAN), text(row, BudgetField.WORK), text(row, BudgetField.BUDGET_GROUP),
					text(row, BudgetField.CATEGORY), text(row, BudgetField.EXPENSE_TYPE), text(row, BudgetField.ITEM),
					text(row, BudgetField.EXPENSE_CODE), amount, row.sheet(), row.row(), null,
					String.join(" | ", row.cells().values())));
		}
		return new ParsedFile(layout, lines, problems);
	}

	private static String text(FieldRow row, BudgetField field) {
		String value = row.get(field);
		return value.isEmpty() ? null : value;
	}

}
