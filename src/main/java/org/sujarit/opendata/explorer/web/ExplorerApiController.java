package org.sujarit.opendata.explorer.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.opendata.explorer.BudgetExplorer;
import org.sujarit.opendata.explorer.BudgetOverview;
import org.sujarit.opendata.explorer.LaoComparison;
import org.sujarit.opendata.explorer.LineSearch;
import org.sujarit.opendata.explorer.PublishedLaoPage;
import org.sujarit.platform.web.ApiController;

/**
 * The public budget explorer as JSON (no sign-in): local governments' budgets as published, by plan and
 * budget group, against the year before, their lines, and comparisons of one type of local government.
 * The files themselves: {@code /public/budgets/{laoCode}/{fiscalYear}/{document}/files/{csv|xlsx|datapackage|csvw}}.
 */
@ApiController("/api/v1/public/budgets")
class ExplorerApiController {

	private final BudgetExplorer explorer;

	ExplorerApiController(BudgetExplorer explorer) {
		this.explorer = explorer;
	}

	@GetMapping
	PublishedLaoPage laos(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "50") int limit) {
		return explorer.laos(q, province == null || province.isBlank() ? null : province,
				ExplorerPageController.laoType(type), offset, limit);
	}

	@GetMapping("/{laoCode}/{fiscalYear}")
	BudgetOverview budget(@PathVariable String laoCode, @PathVariable int fiscalYear,
			@RequestParam(defaultValue = "ORDINANCE") String document) {
		return explorer.overview(laoCode, fiscalYear, ExplorerPageController.documentType(document));
	}

	@GetMapping("/{laoCode}/{fiscalYear}/lines")
	LineSearch lines(@PathVariable String laoCode, @PathVariable int fiscalYear,
			@RequestParam(defaultValue = "ORDINANCE") String document, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
		return explorer.lines(laoCode, fiscalYear, ExplorerPageController.documentType(document), q, offset, limit);
	}

	@GetMapping("/compare")
	LaoComparison compare(@RequestParam(defaultValue = "PROVINCIAL_ADMIN_ORG") String type,
			@RequestParam int fiscalYear, @RequestParam(defaultValue = "ORDINANCE") String document) {
		return explorer.compare(ExplorerPageController.laoType(type), fiscalYear,
				ExplorerPageController.documentType(document));
	}

}
