package org.sujarit.cpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * Transparency International's CPI method, reproduced exactly (it reproduces every published score from
 * TI's unrounded source scores):
 * <ul>
 * <li>a country needs at least {@value #MIN_SOURCES} sources, otherwise it is unscored;</li>
 * <li>score = simple mean of the rescaled (0–100) source scores, rounded half up to a whole number;</li>
 * <li>standard error = s/√n up to 2019 and (s/√n)·√((13−n)/12) from 2020, s being the sample standard
 * deviation of the n source scores;</li>
 * <li>90% confidence interval = rounded score ± 1.64·SE (1.645 in 2021 only);</li>
 * <li>rank = 1 + the number of countries with a higher rounded score (ties share a rank).</li>
 * </ul>
 * The mean is exact ({@link BigDecimal}); the standard error uses double arithmetic for the square roots and
 * is reported to 5 decimals, the interval to 3.
 */
public final class CpiMethod {

	public static final int MIN_SOURCES = 3;

	/** From this CPI year on the standard error carries the finite-population factor √((13−n)/12). */
	public static final int FINITE_POPULATION_FROM = 2020;

	private static final MathContext MEAN = new MathContext(20, RoundingMode.HALF_UP);

	private CpiMethod() {
	}

	/** The result of the method for one country and year. */
	public record Estimate(int sources, BigDecimal mean, Integer score, BigDecimal standardError, BigDecimal ciLow,
			BigDecimal ciHigh) {

		public boolean scored() {
			return score != null;
		}

	}

	public static Estimate estimate(int year, Collection<BigDecimal> sourceScores) {
		List<BigDecimal> scores = List.copyOf(sourceScores);
		int n = scores.size();
		if (n == 0) {
			return new Estimate(0, null, null, null, null, null);
		}
		BigDecimal mean = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(n), MEAN);
		if (n < MIN_SOURCES) {
			return new Estimate(n, mean, null, null, null, null);
		}
		int score = mean.setScale(0, RoundingMode.HALF_UP).intValueExact();
		double se = standardError(year, scores, mean.doubleValue());
		double z = z(year);
		return new Estimate(n, mean, score, BigDecimal.valueOf(se).setScale(5, RoundingMode.HALF_UP),
				BigDecimal.valueOf(score - z * se).setScale(3, RoundingMode.HALF_UP),
				BigDecimal.valueOf(score + z * se).setScale(3, RoundingMode.HALF_UP));
	}

	static double standardError(int year, List<BigDecimal> scores, double mean) {
		int n = scores.size();
		double squares = 0;
		for (BigDecimal score : scores) {
			double d = score.doubleValue() - mean;
			squares += d * d;
		}
		double s = Math.sqrt(squares / (n - 1));
		double se = s / Math.sqrt(n);
		if (year >= FINITE_POPULATION_FROM) {
			se *= Math.sqrt((13.0 - n) / 12.0);
		}
		return se;
	}

	/** The normal quantile TI used for the 90% interval: 1.645 in 2021, 1.64 in every other year. */
	public static double z(int year) {
		return year == 2021 ? 1.645 : 1.64;
	}

	/** The interval around a published score from its published standard error. */
	public static BigDecimal[] interval(int year, int score, BigDecimal standardError) {
		BigDecimal half = standardError.multiply(BigDecimal.valueOf(z(year)));
		return new BigDecimal[] { BigDecimal.valueOf(score).subtract(half).setScale(3, RoundingMode.HALF_UP),
				BigDecimal.valueOf(score).add(half).setScale(3, RoundingMode.HALF_UP) };
	}

	/** 1 + the number of other scores strictly higher. */
	public static int rank(int score, Collection<Integer> otherScores) {
		return 1 + (int) otherScores.stream().filter(other -> other != null && other > score).count();
	}

}
