package org.sujarit.directory.imports;

import java.util.List;

/**
 * One row of an uploaded table with the number the person sees (CSV line or spreadsheet row, from 1).
 */
record SheetRow(int number, List<String> cells) {

	boolean blank() {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}

	String cell(int index) {
		return index < cells.size() ? cells.get(index) : null;
	}

}
