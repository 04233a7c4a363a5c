package org.sujarit.opendata;

import java.util.List;

/** Everything the check found in one document, lines in file order. */
public record ValidationReport(List<ValidationIssue> issues) {

	public ValidationReport {
		issues = List.copyOf(issues);
	}

	public boolean valid() {
		return errorCount() == 0;
	}

	public int errorCount() {
		return (int) issues.stream().filter(ValidationIssue::error).count();
	}

	/** The issues of one line's cell (field null: of the line as a whole). */
	public List<ValidationIssue> of(long lineId, BudgetField field) {
		return issues.stream()
			.filter(i -> i.lineId() != null && i.lineId() == lineId && i.field() == field)
			.toList();
	}

	/** Whether a cell of a line has an issue; for highlighting. */
	public boolean flagged(long lineId, BudgetField field) {
		return !of(lineId, field).isEmpty();
	}

	public boolean flagged(long lineId) {
		return issues.stream().anyMatch(i -> i.lineId() != null && i.lineId() == lineId);
	}

}
