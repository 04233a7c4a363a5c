package org.sujarit.nationalreport.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.nationalreport.NationalReport;
import org.sujarit.nationalreport.ReportFormat;

/**
 * The coordinator's page for compiling the national annual report of a round, and its download.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class NationalReportPageController {

	private final NationalReport reports;

	NationalReportPageController(NationalReport reports) {
		this.reports = reports;
	}

	@GetMapping("/national-report")
	String page(Model model) {
		model.addAttribute("rounds", reports.rounds());
		List<Integer> years = reports.cpiYears();
		model.addAttribute("cpiYears", years);
		return "nationalreport/page";
	}

	@GetMapping("/national-report/download")
	void download(@RequestParam long round, @RequestParam String format,
			@RequestParam(defaultValue = "false") boolean includeCpi, @RequestParam(required = false) Integer cpiYear,
			Locale locale, HttpServletResponse response) throws IOException {
		Downloads.write(reports, round, ReportFormat.ofExtension(format), includeCpi ? cpiYear(cpiYear) : null, locale,
				response);
	}

	private Integer cpiYear(Integer chosen) {
		if (chosen != null) {
			return chosen;
		}
		List<Integer> years = reports.cpiYears();
		return years.isEmpty() ? null : years.get(0);
	}

}
