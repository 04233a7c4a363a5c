package org.sujarit.reporting;

/**
 * Reporting rounds are cumulative from 1 October: 3, 6, 9 or 12 months into the fiscal year, or a custom
 * period.
 */
public enum RoundKind {

	M3(3), M6(6), M9(9), M12(12), CUSTOM(0);

	private final int months;

	RoundKind(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

}
