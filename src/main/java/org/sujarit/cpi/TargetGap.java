package org.sujarit.cpi;

import java.math.BigDecimal;

/**
 * The distance from the latest score to the national target (master plan 2566–2580, issue 21: CPI ≥ 73
 * or top 20 by 2580 B.E. = 2037): points missing and the average yearly gain needed from the latest year.
 */
public record TargetGap(int latestYear, int latestScore, Integer latestRank, int targetScore, int targetRank,
		int targetYear, int pointsMissing, int yearsLeft, BigDecimal yearlyGainNeeded) {

	/** Target score of the revised national master plan. */
	public static final int TARGET_SCORE = 73;

	/** Or a rank in the top 20. */
	public static final int TARGET_RANK = 20;

	/** 2580 B.E. */
	public static final int TARGET_YEAR = 2037;

	public boolean reached() {
		return pointsMissing == 0;
	}

}
