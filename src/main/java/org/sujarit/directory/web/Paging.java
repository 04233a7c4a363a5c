package org.sujarit.directory.web;

/**
 * Page {@code page} (from 1) of {@code total} items, {@code size} per page.
 */
public record Paging(int page, int size, int total) {

	static Paging of(Integer requested, int size, int total) {
		int pages = Math.max(1, (total + size - 1) / size);
		int page = requested == null || requested < 1 ? 1 : Math.min(requested, pages);
		return new Paging(page, size, total);
	}

	public int offset() {
		return (page - 1) * size;
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public int first() {
		return total == 0 ? 0 : offset() + 1;
	}

	public int last() {
		return Math.min(total, offset() + size);
	}

}
