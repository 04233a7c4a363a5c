package org.sujarit.opendata.explorer;

import java.util.List;

/** A page of the local governments with published budgets that match a search, and how many match in all. */
public record PublishedLaoPage(int total, int offset, int limit, List<PublishedLao> laos) {

	public boolean hasPrevious() {
		return offset > 0;
	}

	public boolean hasNext() {
		return offset + limit < total;
	}

	/** Where the page before starts: never before the first, whatever offset this page was asked for. */
	public int previousOffset() {
		return Math.max(0, offset - limit);
	}

	public int nextOffset() {
		return offset + limit;
	}

}
