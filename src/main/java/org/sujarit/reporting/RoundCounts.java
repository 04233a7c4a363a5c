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

	/**
	 * The counts of groups that split the reports without overlap (source, agency type, province,
	 * ministry) added up: the whole round, without counting it again.
	 */
	public static RoundCounts sum(java.util.List<RoundCounts> groups) {
		int[] t = new int[9];
		for (RoundCounts c : groups) {
			t[0] += c.expected;
			t[1] += c.received;
			t[2] += c.submitted;
			t[3] += c.approved;
			t[4] += c.accepted;
			t[5] += c.returned;
			t[6] += c.notSubmitted;
			t[7] += c.overdue;
			t[8] += c.onTime;
		}
		return new RoundCounts(null, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]);
	}

	RoundCounts withGroup(String name) {
		return new RoundCounts(name, expected, received, submitted, approved, accepted, returned, notSubmitted, overdue,
				onTime);
	}

}
