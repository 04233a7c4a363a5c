package org.sujarit.reporting;

import java.time.LocalDate;

/**
 * A coordinator's request to open a round. For CUSTOM rounds the period is given; otherwise it runs from
 * 1 October to the end of the round's month.
 */
public record OpenRound(int fiscalYear, RoundKind kind, String titleTh, LocalDate customStart, LocalDate customEnd,
		LocalDate dueDate) {
}
