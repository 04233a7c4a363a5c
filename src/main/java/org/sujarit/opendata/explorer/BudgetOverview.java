package org.sujarit.opendata.explorer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One published budget: its total, its amounts by plan and by budget group, and the change from the
 * previous fiscal year's published document of the same type ({@code previous} null when there is none).
 */
public record BudgetOverview(PublishedBudget budget, BigDecimal total, List<Share> byPlan, List<Share> byGroup,
		PublishedBudget previous, BigDecimal previousTotal, List<YearChange> planChanges,
		List<YearChange> groupChanges, List<PublishedBudget> otherYears) {
}
