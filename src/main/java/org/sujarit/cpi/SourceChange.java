package org.sujarit.cpi;

import java.math.BigDecimal;

/**
 * A source's whole-number score in a year beside the year before: {@code previous} and {@code difference}
 * are null when the source did not assess the country the year before (or the year has no score).
 */
public record SourceChange(String sourceCode, String sourceName, SourceScore current, Integer previous,
		Integer difference, Trend trend) {

	/** The seed's words for the change since last year: เพิ่มขึ้น / ลดลง / เท่าเดิม. */
	public enum Trend {

		UP, DOWN, SAME, NEW, NONE;

		static Trend of(Integer difference) {
			if (difference == null) {
				return NEW;
			}
			return difference > 0 ? UP : difference < 0 ? DOWN : SAME;
		}

	}

	static SourceChange of(String code, String name, SourceScore current, SourceScore previous) {
		if (current == null) {
			return new SourceChange(code, name, null, previous == null ? null : previous.whole(), null, Trend.NONE);
		}
		if (previous == null) {
			return new SourceChange(code, name, current, null, null, Trend.NEW);
		}
		int difference = current.whole() - previous.whole();
		return new SourceChange(code, name, current, previous.whole(), difference, Trend.of(difference));
	}

	/** The score with a small decimal for display when it is not a whole number. */
	public BigDecimal score() {
		return current == null ? null : current.score().stripTrailingZeros();
	}

}
