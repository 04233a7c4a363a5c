package org.sujarit.platform.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Keeps a merged area's value in its top-left cell only, blanking anything else a file stored under the
 * merge. Rows normally arrive in ascending order, so only the areas overlapping the current row are kept
 * at hand; a row out of order restarts the sweep.
 */
final class MergedCells {

	private final List<CellRangeAddress> areas;

	private final List<CellRangeAddress> active = new ArrayList<>();

	private int next;

	private int lastRow = -1;

	MergedCells(List<CellRangeAddress> areas) {
		this.areas = new ArrayList<>(areas);
		this.areas.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
	}

	/** Blanks the cells of the 0-based {@code row} that lie under a merge but are not its top-left. */
	void blankCovered(int row, List<String> cells) {
		if (areas.isEmpty()) {
			return;
		}
		if (row < lastRow) {
			active.clear();
			next = 0;
		}
		lastRow = row;
		while (next < areas.size() && areas.get(next).getFirstRow() <= row) {
			active.add(areas.get(next++));
		}
		active.removeIf(area -> area.getLastRow() < row);
		for (CellRangeAddress area : active) {
			if (area.getFirstRow() > row) {
				continue;
			}
			int last = Math.min(area.getLastColumn(), cells.size() - 1);
			for (int column = area.getFirstColumn(); column <= last; column++) {
				if (row != area.getFirstRow() || column != area.getFirstColumn()) {
					cells.set(column, "");
				}
			}
		}
	}

}
