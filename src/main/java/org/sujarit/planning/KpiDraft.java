package org.sujarit.planning;

import java.math.BigDecimal;

/**
 * A KPI definition to add or to make the KPI's next version; {@code reason} says why it changed.
 */
public record KpiDraft(String nameTh, String unitTh, BigDecimal baseline, BigDecimal target, boolean higherIsBetter,
		String reason) {
}
