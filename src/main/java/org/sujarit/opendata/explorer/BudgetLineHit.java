package org.sujarit.opendata.explorer;

import java.math.BigDecimal;

/** A published budget line found by a line search. */
public record BudgetLineHit(int lineNo, String planName, String workName, String groupName, String categoryName,
		String item, BigDecimal amount) {
}
