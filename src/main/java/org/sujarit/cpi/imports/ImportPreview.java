package org.sujarit.cpi.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An uploaded workbook and what its check found: the sheets recognised, the years with their counts and
 * Thailand's rows, every problem (errors first) — and, once applied, which years and by whom.
 */
public record ImportPreview(UUID token, String fileName, String sha256, String createdBy, Instant createdAt,
		Instant expiresAt, List<Integer> appliedYears, String appliedBy, Instant appliedAt, List<SheetSummary> sheets,
		List<YearPreview> years, List<ImportProblem> problems, int errorCount, int warningCount) {

	public ImportPreview {
		appliedYears = appliedYears == null ? null : List.copyOf(appliedYears);
		sheets = List.copyOf(sheets);
		years = List.copyOf(years);
		problems = List.copyOf(problems);
	}

	public boolean applied() {
		return appliedAt != null;
	}

	public boolean expired() {
		return !applied() && expiresAt.isBefore(Instant.now());
	}

	public boolean canApply() {
		return !applied() && !expired() && errorCount == 0 && !years.isEmpty();
	}

	public List<Integer> yearsFound() {
		return years.stream().map(YearPreview::year).toList();
	}

}
