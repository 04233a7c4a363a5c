package org.sujarit.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting round (รอบการรายงาน).
 */
public record Round(long id, int fiscalYear, RoundKind kind, String titleTh, LocalDate periodStart,
		LocalDate periodEnd, LocalDate dueDate, boolean open, boolean published, Instant openedAt, int version) {
}
