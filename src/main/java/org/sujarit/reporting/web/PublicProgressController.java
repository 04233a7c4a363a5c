package org.sujarit.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Reporting.CountBy;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundCounts;

/**
 * What the public sees without signing in: only rounds the coordinator published, only accepted reports,
 * aggregated by recommendation source, plus the accepted progress table.
 */
@Controller
class PublicProgressController {

	private final Reporting reporting;

	private final GroupLabels labels;

	PublicProgressController(Reporting reporting, GroupLabels labels) {
		this.reporting = reporting;
		this.labels = labels;
	}

	@GetMapping("/public/progress")
	String progress(@RequestParam(required = false) Long round, Model model, Locale locale) {
		List<Round> published = reporting.publishedRounds();
		model.addAttribute("rounds", published);
		if (published.isEmpty()) {
			return "reporting/public";
		}
		Round current = published.stream().filter(r -> round == null || r.id() == round).findFirst().orElse(published.get(0));
		List<RoundCounts> bySource = reporting.publishedCounts(current.id(), CountBy.SOURCE);
		model.addAttribute("round", current);
		model.addAttribute("bySource", bySource);
		model.addAttribute("labels", labels.of(CountBy.SOURCE, bySource, locale));
		model.addAttribute("rows", reporting.publishedProgress(current.id(), locale));
		return "reporting/public";
	}

	@GetMapping("/public/progress/{id}.csv")
	void csv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("sujarit-public-progress-" + id + ".csv").build().toString());
		reporting.exportPublished(id, Reporting.ExportFormat.CSV, locale, response.getOutputStream());
	}

}
