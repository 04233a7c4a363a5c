package org.sujarit.cpi.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.cpi.CpiPortfolios;
import org.sujarit.cpi.GroupPortfolio;
import org.sujarit.cpi.SourcePortfolio;
import org.sujarit.platform.security.CurrentUser;

/**
 * A CPI source's page (what it asks, who answers, its score history and the activities aimed at it) and a
 * working group's portfolio page, for signed-in users.
 */
@Controller
class CpiPortfolioController {

	private final CpiPortfolios portfolios;

	private final MessageSource messages;

	CpiPortfolioController(CpiPortfolios portfolios, MessageSource messages) {
		this.portfolios = portfolios;
		this.messages = messages;
	}

	@GetMapping("/cpi/sources/{code}")
	String source(@PathVariable String code, @RequestParam(required = false) Integer fy, Model model, Locale locale) {
		SourcePortfolio portfolio = portfolios.source(code, fy);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("chart", CpiCharts.sourceHistory(portfolio.history(),
				year -> CpiPageController.yearLabel(year, locale), messages.getMessage("cpi.chart.score", null, locale)));
		model.addAttribute("fiscalYears", portfolios.fiscalYears());
		return "cpi/source";
	}

	@GetMapping("/cpi/groups/{code}")
	String group(@PathVariable String code, @RequestParam(required = false) Integer fy, Model model) {
		GroupPortfolio portfolio = portfolios.group(code, fy);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("fiscalYears", portfolios.fiscalYears());
		model.addAttribute("ownGroup", CurrentUser.find().map(u -> code.equals(u.workingGroup())).orElse(false));
		return "cpi/group";
	}

}
