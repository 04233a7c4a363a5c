package org.sujarit.search;

import org.sujarit.reporting.ReportState;

/**
 * What to search for: plain words (no query syntax; every word must occur) and optional filters. {@code page}
 * counts from 1.
 */
public record SearchRequest(String text, Integer fiscalYear, Long roundId, String sourceCode, Long agencyId,
		ReportState state, int page, int pageSize) {

	public static final int MAX_LENGTH = 200;

	public static final int MAX_PAGE_SIZE = 50;

	public static final int MAX_PAGE = 100;

	public SearchRequest {
		text = text == null ? "" : text.strip();
		sourceCode = sourceCode == null || sourceCode.isBlank() ? null : sourceCode.strip();
		page = Math.min(Math.max(page, 1), MAX_PAGE);
		pageSize = pageSize <= 0 ? 10 : Math.min(pageSize, MAX_PAGE_SIZE);
	}

	public static SearchRequest of(String text) {
		return new SearchRequest(text, null, null, null, null, null, 1, 10);
	}

	public SearchRequest withPage(int newPage) {
		return new SearchRequest(text, fiscalYear, roundId, sourceCode, agencyId, state, newPage, pageSize);
	}

}
