package org.sujarit.opendata.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.sujarit.opendata.CsvIssue;
import org.sujarit.opendata.CsvValidationReport;

/**
 * A CSV check as a Frictionless-style validation report: {@code valid}, {@code stats} and one task with
 * its errors ({@code type}, {@code rowNumber}, {@code fieldName}, {@code cell}, Thai {@code note}, English
 * {@code message}), plus what the streaming check adds (rows read, encoding, LAOs, counts per type).
 */
final class CsvReports {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private CsvReports() {
	}

	static Map<String, Object> frictionless(CsvValidationReport report, MessageSource messages) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (CsvIssue issue : report.issues()) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("type", issue.code());
			error.put("rowNumber", issue.row());
			error.put("fieldName", issue.column());
			error.put("cell", issue.cell());
			error.put("note", messages.getMessage(issue.message(), issue.args(), THAI));
			error.put("message", messages.getMessage(issue.message(), issue.args(), Locale.ENGLISH));
			error.put("error", issue.error());
			errors.add(error);
		}
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("errors", report.errorCount());
		stats.put("warnings", report.warningCount());
		stats.put("rows", report.rows());
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", report.fileName());
		task.put("valid", report.valid());
		task.put("encoding", report.encoding());
		task.put("labels", report.header());
		task.put("laos", report.laos());
		task.put("stats", stats);
		task.put("errorCounts", report.counts());
		task.put("truncated", report.truncated());
		task.put("errors", errors);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", report.valid());
		body.put("stats", stats);
		body.put("tasks", List.of(task));
		return body;
	}

}
