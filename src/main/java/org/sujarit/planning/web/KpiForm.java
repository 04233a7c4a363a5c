package org.sujarit.planning.web;

import java.math.BigDecimal;
import java.util.List;

import org.sujarit.planning.Kpi;
import org.sujarit.planning.KpiDraft;

/**
 * Adds a KPI or gives it a new definition version (with the reason for the change).
 */
record KpiForm(String nameTh, String unitTh, BigDecimal baseline, BigDecimal target, Boolean higherIsBetter,
		String reason, Integer version) {

	static final List<String> FIELDS = List.of("nameTh", "unitTh", "baseline", "target", "higherIsBetter", "reason");

	static KpiForm empty() {
		return new KpiForm("", "", null, null, true, "", null);
	}

	static KpiForm of(Kpi kpi) {
		return new KpiForm(kpi.nameTh(), kpi.unitTh(), kpi.baseline(), kpi.target(), kpi.higherIsBetter(), "",
				kpi.definitionVersion());
	}

	KpiDraft draft() {
		return new KpiDraft(nameTh, unitTh, baseline, target, !Boolean.FALSE.equals(higherIsBetter), reason);
	}

}
