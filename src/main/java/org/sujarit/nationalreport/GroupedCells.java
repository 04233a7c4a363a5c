package org.sujarit.nationalreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The printed form of grouped table rows: a grouping column's value is shown on the first row of its group
 * only, as in the seed report, where a source or item heads the rows under it.
 */
final class GroupedCells {

	private final int groupColumns;

	private List<?> previous = List.of();

	GroupedCells(int groupColumns) {
		this.groupColumns = groupColumns;
	}

	/** The row with the grouping values it repeats from the row before blanked. */
	List<Object> print(List<?> cells) {
		List<Object> printed = new ArrayList<>(cells);
		boolean same = previous.size() == cells.size();
		for (int i = 0; i < groupColumns && i < cells.size(); i++) {
			same = same && Objects.equals(previous.get(i), cells.get(i));
			if (same) {
				printed.set(i, null);
			}
		}
		previous = cells;
		return printed;
	}

	/** Forgets the row before, e.g. after a group row or a page's repeated header. */
	void reset() {
		previous = List.of();
	}

}
