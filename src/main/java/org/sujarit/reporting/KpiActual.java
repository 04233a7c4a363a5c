package org.sujarit.reporting;

import java.math.BigDecimal;

/**
 * A report's value for one KPI of its activity, against the KPI definition version current when saved.
 */
public record KpiActual(long kpiId, int kpiVersion, BigDecimal actual, String note) {
}
