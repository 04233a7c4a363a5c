package org.sujarit.opendata.explorer;

import java.math.BigDecimal;

/**
 * One plan's or budget group's amount this year against the previous year's published document of the
 * same type: {@code previous} null when it is new this year, {@code current} null when it is gone;
 * {@code percent} null when there is nothing to divide by.
 */
public record YearChange(String code, String name, BigDecimal previous, BigDecimal current, BigDecimal difference,
		BigDecimal percent) {

	public boolean isNew() {
		return previous == null;
	}

	public boolean isGone() {
		return current == null;
	}

}
