package org.sujarit.nationalreport.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.nationalreport.NationalReport;
import org.sujarit.nationalreport.ReportFormat;
import org.sujarit.platform.web.ApiController;

/**
 * The national annual report of a round as a file, for coordinators' scripts:
 * {@code GET /api/v1/national-report/{roundId}.pdf} (or {@code .docx}, {@code .xlsx}), or
 * {@code GET /api/v1/national-report/{roundId}?format=pdf}.
 */
@ApiController("/api/v1/national-report")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class NationalReportApiController {

	private final NationalReport reports;

	NationalReportApiController(NationalReport reports) {
		this.reports = reports;
	}

	/**
	 * The report in the format its extension names; {@code cpiYear} (a CPI year, C.E., with a published
	 * score for Thailand) adds the CPI section; the language follows the request's locale (Thai by default).
	 */
	@GetMapping("/{roundId:\\d+}.{extension}")
	void byExtension(@PathVariable long roundId, @PathVariable String extension,
			@RequestParam(required = false) Integer cpiYear,
			Locale locale, HttpServletResponse response) throws IOException {
		Downloads.write(reports, roundId, ReportFormat.ofExtension(extension), cpiYear, locale, response);
	}

	/** The same, the format given as a parameter (docx, pdf or xlsx). */
	@GetMapping("/{roundId:\\d+}")
	void byParameter(@PathVariable long roundId, @RequestParam String format,
			@RequestParam(required = false) Integer cpiYear, Locale locale, HttpServletResponse response) throws IOException {
		Downloads.write(reports, roundId, ReportFormat.ofExtension(format), cpiYear, locale, response);
	}

}
