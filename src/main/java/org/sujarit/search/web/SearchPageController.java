package org.sujarit.search.web;

import java.util.EnumSet;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Directory;
import org.sujarit.planning.Planning;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.Reporting;
import org.sujarit.search.Search;
import org.sujarit.search.SearchHit;
import org.sujarit.search.SearchRequest;
import org.sujarit.search.SearchResults;

/**
 * The search page: a query box with filters, and highlighted results. A plain GET form; with htmx only the
 * results are swapped in. Administrators see the index's status and can rebuild it.
 */
@Controller
@RequestMapping("/search")
class SearchPageController {

	static final int PAGE_SIZE = 10;

	private final Search search;

	private final Reporting reporting;

	private final Planning planning;

	private final Directory directory;

	SearchPageController(Search search, Reporting reporting, Planning planning, Directory directory) {
		this.search = search;
		this.reporting = reporting;
		this.planning = planning;
		this.directory = directory;
	}

	@GetMapping
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer fy,
			@RequestParam(required = false) Long round, @RequestParam(required = false) String source,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) ReportState state,
			@RequestParam(defaultValue = "1") int page, Model model) {
		SearchRequest request = new SearchRequest(q, fy, round, source, agency, state, page, PAGE_SIZE);
		model.addAttribute("query", request);
		model.addAttribute("agencyUnlisted", false);
		model.addAttribute("fiscalYears", planning.fiscalYears());
		model.addAttribute("rounds", reporting.rounds());
		model.addAttribute("sources", planning.sources());
		model.addAttribute("states", EnumSet.complementOf(EnumSet.of(ReportState.EXPECTED)));
		if (q != null) {
			try {
				SearchResults results = search.search(request);
				model.addAttribute("results", results);
				List<Long> agencies = new java.util.ArrayList<>(
						results.hits().stream().map(SearchHit::agencyId).filter(java.util.Objects::nonNull).toList());
				results.agencies().forEach(count -> agencies.add(count.agencyId()));
				if (agency != null) {
					agencies.add(agency);
				}
				model.addAttribute("agencyNames", directory.agencies(agencies.stream().distinct().toList()));
				model.addAttribute("agencyUnlisted", agency != null
						&& results.agencies().stream().noneMatch(count -> count.agencyId() == agency));
			}
			catch (DomainException ex) {
				model.addAttribute("problem", ex.code());
				model.addAttribute("problemArgs", ex.arguments());
			}
		}
		if (CurrentUser.require().has(Role.SYSTEM_ADMIN)) {
			model.addAttribute("status", search.status());
		}
		return "search/search";
	}

	@PostMapping("/rebuild")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String rebuild(RedirectAttributes redirect) {
		search.rebuild();
		redirect.addFlashAttribute("notice", "search.rebuild.started");
		return "redirect:/search";
	}

}
