package org.sujarit.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Report counts of a round for one group (a source, working group, agency type, province...).
 * Completeness = received / expected; timeliness = received on time / expected.
 */
public record RoundCounts(String group, int expected, int received, int submitted, int approved, int accepted,
		int returned, int notSubmitted, int overdue, int onTime) {

	public BigDecimal completeness() {
		return percent(received, expected);
	}

	public BigDecimal timeliness() {
		return percent(onTime, expected);
	}

	static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	RoundCounts withGroup(String name) {
		return new RoundCounts(name, expected, received, submitted, approved, accepted, returned, notSubmitted, overdue,
				onTime);
	}

}
