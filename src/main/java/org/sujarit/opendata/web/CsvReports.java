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
 * A check as a Frictionless-style validation report (a CSV's here; a stored document's in
 * {@link BudgetPageController}): {@code valid}, {@code stats} and one task with
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
			errors.add(error(issue.code(), issue.row(), issue.column(), issue.cell(), issue.message(), issue.args(),
					issue.error(), messages));
		}
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("encoding", report.encoding());
		task.put("labels", report.header());
		task.put("laos", report.laos());
		task.put("errorCounts", report.counts());
		task.put("truncated", report.truncated());
		return envelope(report.fileName(), report.valid(), report.errorCount(), report.warningCount(), report.rows(),
				task, errors);
	}

	/** One error of a report: type, row, field, cell, Thai note, English message. */
	static Map<String, Object> error(String type, Integer row, String field, String cell, String message,
			Object[] arguments, boolean error, MessageSource messages) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("type", type);
		entry.put("rowNumber", row);
		entry.put("fieldName", field);
		entry.put("cell", cell);
		entry.put("note", messages.getMessage(message, arguments, THAI));
		entry.put("message", messages.getMessage(message, arguments, Locale.ENGLISH));
		entry.put("error", error);
		return entry;
	}

	/**
	 * The report around the errors of one file: {@code valid}, {@code stats} and the task, which gets
	 * {@code extra}'s entries too; {@code rows} is left out when null.
	 */
	static Map<String, Object> envelope(String name, boolean valid, long errors, long warnings, Long rows,
			Map<String, Object> extra, List<Map<String, Object>> entries) {
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("errors", errors);
		stats.put("warnings", warnings);
		if (rows != null) {
			stats.put("rows", rows);
		}
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", name);
		task.put("valid", valid);
		task.putAll(extra);
		task.put("stats", stats);
		task.put("errors", entries);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", valid);
		body.put("stats", stats);
		body.put("tasks", List.of(task));
		return body;
	}

}
