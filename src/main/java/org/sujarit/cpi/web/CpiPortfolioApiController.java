package org.sujarit.cpi.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.cpi.CpiPortfolios;
import org.sujarit.cpi.GroupPortfolio;
import org.sujarit.cpi.SourcePortfolio;
import org.sujarit.platform.web.ApiController;

/**
 * The CPI portfolios as JSON, for signed-in users: a report id is given only where the user may open the
 * report.
 */
@ApiController("/api/v1/cpi")
class CpiPortfolioApiController {

	private final CpiPortfolios portfolios;

	CpiPortfolioApiController(CpiPortfolios portfolios) {
		this.portfolios = portfolios;
	}

	@GetMapping("/sources/{code}/portfolio")
	SourcePortfolio source(@PathVariable String code, @RequestParam(required = false) Integer fy) {
		return portfolios.source(code, fy);
	}

	@GetMapping("/groups/{code}/portfolio")
	GroupPortfolio group(@PathVariable String code, @RequestParam(required = false) Integer fy) {
		return portfolios.group(code, fy);
	}

}
