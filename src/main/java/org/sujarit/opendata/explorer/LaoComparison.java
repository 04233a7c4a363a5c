package org.sujarit.opendata.explorer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentType;

/**
 * The published budgets of one type of local government for a fiscal year side by side: each one's total
 * and the share (%) of each plan (แผนงาน) in it; {@code plans} are the plans any of them has (code → name).
 */
public record LaoComparison(AgencyType laoType, int fiscalYear, DocumentType documentType, Map<String, String> plans,
		List<Row> rows) {

	public record Row(PublishedBudget budget, BigDecimal total, Map<String, BigDecimal> planPercent) {
	}

}
