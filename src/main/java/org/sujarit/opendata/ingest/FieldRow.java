package org.sujarit.opendata.ingest;

import java.util.EnumMap;
import java.util.Map;

import org.sujarit.opendata.BudgetField;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/**
 * One row of a table whose columns are known (the template, or a file mapped column by column): each
 * field's cell as text, exactly as typed, so a wrong value can be shown and fixed where it is.
 *
 * @param row 1-based row number as the spreadsheet shows it
 */
public record FieldRow(String sheet, int row, LineKind kind, Map<BudgetField, String> cells) {

	public FieldRow {
		cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
	}

	public String get(BudgetField field) {
		return cells.getOrDefault(field, "");
	}

}
