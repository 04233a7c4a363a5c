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
import org.sujarit.reporting.Round;

/**
 * What the public sees without signing in: only rounds the coordinator published, only accepted reports,
 * grouped recommendation source → item → activity, filterable by source, with counts per source; and the
 * accepted progress table in the seed report's shape as CSV.
 */
@Controller
class PublicProgressController {

	private final Reporting reporting;

	PublicProgressController(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/public/progress")
	String progress(@RequestParam(required = false) Long round, @RequestParam(required = false) String source,
			Model model) {
		List<Round> published = reporting.publishedRounds();
		model.addAttribute("rounds", published);
		if (published.isEmpty()) {
			return "reporting/public";
		}
		Round current = published.stream().filter(r -> round == null || r.id() == round).findFirst().orElse(published.get(0));
		model.addAttribute("round", current);
		model.addAttribute("progress", reporting.publishedProgressBySource(current.id(), source));
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
