package org.sujarit.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.reporting.KpiActual;
import org.sujarit.reporting.ProgressStatus;
import org.sujarit.reporting.Report;
import org.sujarit.reporting.ReportDraft;
import org.sujarit.reporting.ReportView;

/**
 * The report form as typed: numbers stay text until parsed, so nothing the reporter typed is lost when a
 * value is rejected.
 */
public class ReportForm {

	private int version;

	private String progressStatus;

	private String narrative;

	private String problems;

	private String suggestions;

	private String budgetAllocated;

	private String budgetDisbursed;

	private String links;

	private Map<String, String> kpi = new LinkedHashMap<>();

	private Map<String, String> reason = new LinkedHashMap<>();

	static ReportForm of(ReportView view) {
		Report report = view.report();
		ReportForm form = new ReportForm();
		form.version = report.version();
		form.progressStatus = report.progressStatus() == null ? null : report.progressStatus().name();
		form.narrative = report.narrative();
		form.problems = report.problems();
		form.suggestions = report.suggestions();
		form.budgetAllocated = plain(report.budgetAllocated());
		form.budgetDisbursed = plain(report.budgetDisbursed());
		form.links = String.join("\n", report.links());
		view.actuals().forEach((id, actual) -> form.kpi.put(id.toString(), plain(actual.actual())));
		form.reason.putAll(report.warningReasons());
		return form;
	}

	/** Parses the typed values; unparsable numbers are reported per field and the draft is not built. */
	ReportDraft toDraft(Map<String, String> numberErrors) {
		BigDecimal allocated = number("budgetAllocated", budgetAllocated, numberErrors);
		BigDecimal disbursed = number("budgetDisbursed", budgetDisbursed, numberErrors);
		List<KpiActual> actuals = new ArrayList<>();
		kpi.forEach((id, value) -> {
			long kpiId;
			try {
				kpiId = Long.parseLong(id);
			}
			catch (NumberFormatException ex) {
				return;
			}
			actuals.add(new KpiActual(kpiId, 0, number("kpi-" + id, value, numberErrors), null));
		});
		ProgressStatus status = null;
		if (progressStatus != null && !progressStatus.isBlank()) {
			try {
				status = ProgressStatus.valueOf(progressStatus);
			}
			catch (IllegalArgumentException ex) {
				numberErrors.put("progressStatus", "reporting.rule.status-required");
			}
		}
		List<String> linkList = links == null ? List.of()
				: links.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		Map<String, String> reasons = new LinkedHashMap<>();
		reason.forEach((key, value) -> {
			if (value != null && !value.isBlank()) {
				reasons.put(key, value.strip());
			}
		});
		return new ReportDraft(status, trim(narrative), trim(problems), trim(suggestions), allocated, disbursed,
				linkList, actuals, reasons);
	}

	static BigDecimal number(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String normal = ThaiDigits.toArabic(text).replace(",", "").replace(" ", "").replace("\u00a0", "").strip();
		try {
			return new BigDecimal(normal);
		}
		catch (NumberFormatException ex) {
			errors.put(field, "reporting.rule.number-invalid");
			return null;
		}
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getProgressStatus() {
		return progressStatus;
	}

	public void setProgressStatus(String progressStatus) {
		this.progressStatus = progressStatus;
	}

	public String getNarrative() {
		return narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public String getProblems() {
		return problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getSuggestions() {
		return suggestions;
	}

	public void setSuggestions(String suggestions) {
		this.suggestions = suggestions;
	}

	public String getBudgetAllocated() {
		return budgetAllocated;
	}

	public void setBudgetAllocated(String budgetAllocated) {
		this.budgetAllocated = budgetAllocated;
	}

	public String getBudgetDisbursed() {
		return budgetDisbursed;
	}

	public void setBudgetDisbursed(String budgetDisbursed) {
		this.budgetDisbursed = budgetDisbursed;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public Map<String, String> getKpi() {
		return kpi;
	}

	public void setKpi(Map<String, String> kpi) {
		this.kpi = kpi;
	}

	public Map<String, String> getReason() {
		return reason;
	}

	public void setReason(Map<String, String> reason) {
		this.reason = reason;
	}

}
