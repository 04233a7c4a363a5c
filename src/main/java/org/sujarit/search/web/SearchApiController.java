package org.sujarit.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.platform.web.ApiController;
import org.sujarit.reporting.ReportState;
import org.sujarit.search.Search;
import org.sujarit.search.SearchRequest;
import org.sujarit.search.SearchResults;

/**
 * JSON search, with the same words, filters and permissions as the search page.
 */
@ApiController("/api/v1")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	@Operation(summary = "Thai full-text search over reports and activities the caller may read",
			description = "Every word of q must occur (Thai is segmented into words; no query syntax). titleHtml and "
					+ "fragments are HTML: text escaped, matched words in <mark>. A blank, too long or word-less q "
					+ "answers 422; while the index is first being built, 409.")
	SearchResults search(@Parameter(description = "plain words, at most 200 characters") @RequestParam String q,
			@Parameter(description = "B.E. fiscal year, e.g. 2565") @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) Long round, @RequestParam(required = false) String source,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) ReportState state,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		return search.search(new SearchRequest(q, fiscalYear, round, source, agency, state, page, size));
	}

}
