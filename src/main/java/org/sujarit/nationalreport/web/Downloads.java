package org.sujarit.nationalreport.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.sujarit.nationalreport.NationalReport;
import org.sujarit.nationalreport.ReportFormat;
import org.sujarit.nationalreport.ReportRequest;

/**
 * Sends a compiled report as a download, written to the response as it is composed.
 */
final class Downloads {

	private Downloads() {
	}

	static void write(NationalReport reports, long roundId, ReportFormat format, Integer cpiYear, Locale locale,
			HttpServletResponse response) throws IOException {
		// checks the round (and the caller's right to compile) before anything is sent
		String name = reports.fileName(roundId, format);
		response.setContentType(format.contentType());
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader("Cache-Control", "no-store");
		reports.write(new ReportRequest(roundId, format, cpiYear, locale), response.getOutputStream());
	}

}
