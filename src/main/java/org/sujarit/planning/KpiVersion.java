package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One definition of a KPI, valid from {@code validFrom} until the next version.
 */
public record KpiVersion(long kpiId, int version, String nameTh, String unitTh, BigDecimal baseline,
		BigDecimal target, boolean higherIsBetter, Instant validFrom, String changedBy, String changeReason) {
}
