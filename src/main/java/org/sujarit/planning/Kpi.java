package org.sujarit.planning;

import java.math.BigDecimal;

/**
 * A KPI of an activity in its current definition; {@code definitionVersion} names that definition so a
 * report can record which one it measured against.
 */
public record Kpi(long id, long activityId, String nameTh, String unitTh, BigDecimal baseline, BigDecimal target,
		boolean higherIsBetter, int definitionVersion) {
}
