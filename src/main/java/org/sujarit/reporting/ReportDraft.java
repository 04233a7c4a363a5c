package org.sujarit.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a reporter saves: the content of a report plus reasons given for soft-rule warnings.
 */
public record ReportDraft(ProgressStatus progressStatus, String narrative, String problems, String suggestions,
		BigDecimal budgetAllocated, BigDecimal budgetDisbursed, List<String> links, List<KpiActual> kpis,
		Map<String, String> warningReasons) {

	public ReportDraft {
		links = links == null ? List.of() : List.copyOf(links);
		kpis = kpis == null ? List.of() : List.copyOf(kpis);
		warningReasons = warningReasons == null ? Map.of() : Map.copyOf(warningReasons);
	}

}
