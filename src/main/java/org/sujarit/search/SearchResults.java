package org.sujarit.search;

import java.util.List;

/**
 * A page of results: {@code total} hits the user may see, this page's hits, and how many hits each agency
 * has (the agencies to filter by, most hits first).
 */
public record SearchResults(String text, List<String> words, long total, int page, int pageSize,
		List<SearchHit> hits, List<AgencyCount> agencies) {

	public SearchResults {
		words = List.copyOf(words);
		hits = List.copyOf(hits);
		agencies = List.copyOf(agencies);
	}

	public int pages() {
		return (int) Math.min(SearchRequest.MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
	}

	public record AgencyCount(long agencyId, long hits) {
	}

}
