package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sujarit.cpi.CpiMethod.Estimate;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * TI's method against Thailand's published figures (src/main/resources/cpi, © Transparency International,
 * CC BY-ND 4.0).
 */
class CpiMethodUnitTests {

	static List<BigDecimal> scores(String... values) {
		return Stream.of(values).map(BigDecimal::new).toList();
	}

	@Test
	void thailand2024FromTheUnroundedVector() {
		Estimate estimate = CpiMethod.estimate(2024, scores("33.8638", "35.9833", "32.7812", "32.2680", "34.2356",
				"34.0622", "34.5212", "41.2857", "28.5728"));
		assertThat(estimate.sources()).isEqualTo(9);
		assertThat(estimate.mean().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("34.1749");
		assertThat(estimate.score()).isEqualTo(34);
		assertThat(estimate.standardError()).isEqualByComparingTo("0.64918");
		assertThat(estimate.ciLow()).isEqualByComparingTo("32.935");
		assertThat(estimate.ciHigh()).isEqualByComparingTo("35.065");
	}

	@Test
	void thailand2021FromTheUnroundedVectorUses1645() {
		Estimate estimate = CpiMethod.estimate(2021,
				scores("41.52", "38.91", "32.42", "34.50", "36.84", "34.68", "37.26", "35.71", "26.08"));
		assertThat(estimate.score()).isEqualTo(35);
		assertThat(estimate.standardError().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.84");
		assertThat(CpiMethod.z(2021)).isEqualTo(1.645);
		assertThat(CpiMethod.z(2024)).isEqualTo(1.64);
		// 35 ± 1.645 · 0.84004
		assertThat(estimate.ciLow()).isEqualByComparingTo("33.618");
		assertThat(estimate.ciHigh()).isEqualByComparingTo("36.382");
	}

	static Stream<Arguments> publishedYears() {
		List<Arguments> rows = new ArrayList<>();
		for (BundledCsv.Row row : BundledCsv.read("cpi/thailand-source-scores.csv")) {
			List<BigDecimal> values = new ArrayList<>();
			for (String source : CpiReferenceData.SOURCES) {
				if (row.orNull(source) != null) {
					values.add(new BigDecimal(row.get(source)));
				}
			}
			rows.add(Arguments.of(Integer.parseInt(row.get("year")), values, Integer.parseInt(row.get("cpi_score"))));
		}
		return rows.stream();
	}

	/**
	 * From the whole-number scores TI publishes, every year reproduces its published score except 2013:
	 * the whole numbers average 35.5 (→ 36) while TI, averaging unrounded scores, published 35. The
	 * standard errors from whole numbers differ from the published ones by up to 0.05, for the same reason,
	 * so only the unrounded vectors (2021, 2024) test the SE exactly.
	 */
	@ParameterizedTest
	@MethodSource("publishedYears")
	void wholeNumberSourceScoresReproduceThePublishedScore(int year, List<BigDecimal> values, int published) {
		Estimate estimate = CpiMethod.estimate(year, values);
		if (year == 2013) {
			assertThat(estimate.mean()).isEqualByComparingTo("35.5");
			assertThat(estimate.score()).isEqualTo(36).isNotEqualTo(published);
		}
		else {
			assertThat(estimate.score()).isEqualTo(published);
		}
	}

	@Test
	void allFourteenYearsAreChecked() {
		assertThat(publishedYears().count()).isEqualTo(14);
	}

	@Test
	void meanRoundsHalfUp() {
		assertThat(CpiMethod.estimate(2020, scores("34", "35", "35", "36", "35.5", "35.5")).mean()).isEqualByComparingTo("35.166666666666666667");
		assertThat(CpiMethod.estimate(2020, scores("35", "36", "35.5")).score()).isEqualTo(36);
		assertThat(CpiMethod.estimate(2020, scores("35", "35", "35.49")).score()).isEqualTo(35);
	}

	@Test
	void fewerThanThreeSourcesIsUnscored() {
		Estimate two = CpiMethod.estimate(2024, scores("60", "66"));
		assertThat(two.scored()).isFalse();
		assertThat(two.sources()).isEqualTo(2);
		assertThat(two.standardError()).isNull();
		assertThat(CpiMethod.estimate(2024, List.of()).scored()).isFalse();
		assertThat(CpiMethod.estimate(2024, scores("60", "66", "63")).score()).isEqualTo(63);
	}

	@Test
	void standardErrorGainsTheFinitePopulationFactorFrom2020() {
		List<BigDecimal> values = scores("30", "40", "50");
		// s = 10, s/√3 = 5.7735; from 2020 × √(10/12)
		assertThat(CpiMethod.estimate(2019, values).standardError()).isEqualByComparingTo("5.77350");
		assertThat(CpiMethod.estimate(2020, values).standardError()).isEqualByComparingTo("5.27046");
	}

	@Test
	void rankIsOnePlusTheCountriesWithAHigherScoreAndTiesShare() {
		assertThat(CpiMethod.rank(34, List.of(84, 50, 34, 34, 20))).isEqualTo(3);
		assertThat(CpiMethod.rank(90, List.of(84, 50))).isEqualTo(1);
		assertThat(CpiMethod.rank(10, List.of(84, 50))).isEqualTo(3);
	}

	@Test
	void intervalFromAPublishedStandardError() {
		BigDecimal[] ci = CpiMethod.interval(2024, 34, new BigDecimal("0.64918"));
		assertThat(ci[0]).isEqualByComparingTo("32.935");
		assertThat(ci[1]).isEqualByComparingTo("35.065");
	}

	@Test
	void targetGapFromTheLatestScore() {
		TargetGap gap = Cpi.gap(new CountryYear(Cpi.THAILAND, "Thailand", 2025, 33, 116, 182, null, null, null, 9));
		assertThat(gap.pointsMissing()).isEqualTo(40);
		assertThat(gap.yearsLeft()).isEqualTo(12);
		assertThat(gap.yearlyGainNeeded()).isEqualByComparingTo("3.33");
		assertThat(Cpi.gap(new CountryYear(Cpi.THAILAND, "Thailand", 2025, 80, 10, 182, null, null, null, 9)).reached()).isTrue();
	}

	@Test
	void changeSinceLastYearInTheSeedsWords() {
		SourceScore now = new SourceScore(1, "THA", 2025, "IMD", new BigDecimal("26"), false, 0);
		SourceScore before = new SourceScore(2, "THA", 2024, "IMD", new BigDecimal("35.9833"), false, 0);
		SourceChange change = SourceChange.of("IMD", "IMD", now, before);
		assertThat(change.previous()).isEqualTo(36);
		assertThat(change.difference()).isEqualTo(-10);
		assertThat(change.trend()).isEqualTo(SourceChange.Trend.DOWN);
		assertThat(SourceChange.of("PRS", "PRS", now, now).trend()).isEqualTo(SourceChange.Trend.SAME);
		assertThat(SourceChange.of("VDEM", "VDEM", now, null).trend()).isEqualTo(SourceChange.Trend.NEW);
	}

}
