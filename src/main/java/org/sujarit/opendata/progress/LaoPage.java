package org.sujarit.opendata.progress;

import java.util.List;

/**
 * A page of the LAO list of a filter: {@code total} LAOs match, {@code laos} are those from {@code offset}.
 */
public record LaoPage(int total, int offset, int limit, List<LaoProgress> laos) {

	public boolean hasPrevious() {
		return offset > 0;
	}

	public boolean hasNext() {
		return offset + laos.size() < total;
	}

}
