package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.sujarit.cpi.CpiMethod;
import org.sujarit.cpi.imports.SheetSummary.Kind;
import org.sujarit.cpi.imports.TiWorkbookParser.SheetYear;

/**
 * The checks that need a whole year: one row per ISO3 code, ranks against the scores, the year in range,
 * and the sheets against each other (an edition's results sheet and the timeseries must list the same
 * countries with the same scores and ranks). Merges the sheets into one list per year: the results sheet
 * wins (it has the source scores), ranks missing from a sheet are computed.
 */
final class ImportChecks {

	/** A year ready to store: its countries and whether they carry source scores. */
	record YearData(int year, List<ImportedCountry> countries, boolean sourceScores) {

		long scored() {
			return countries.stream().filter(ImportedCountry::scored).count();
		}

	}

	private ImportChecks() {
	}

	static Map<Integer, YearData> check(List<SheetYear> sheetYears, List<ImportProblem> problems) {
		Map<Integer, List<SheetYear>> byYear = new TreeMap<>();
		for (SheetYear sheetYear : sheetYears) {
			duplicates(sheetYear, problems);
			byYear.computeIfAbsent(sheetYear.year(), y -> new ArrayList<>()).add(sheetYear);
		}
		int latest = Year.now(ZoneId.of("Asia/Bangkok")).getValue();
		Map<Integer, YearData> years = new TreeMap<>();
		byYear.forEach((year, sheets) -> {
			if (year < TiWorkbookParser.FIRST_YEAR || year > latest) {
				problems.add(ImportProblem.error(sheets.get(0).sheet(), null, null, "cpi.import.problem.year-out-of-range",
						year, TiWorkbookParser.FIRST_YEAR, latest));
				return;
			}
			List<SheetYear> results = sheets.stream().filter(s -> s.kind() == Kind.RESULTS).toList();
			if (results.size() > 1) {
				problems.add(ImportProblem.error(results.get(1).sheet(), null, null, "cpi.import.problem.year-twice", year,
						results.get(0).sheet(), results.get(1).sheet()));
			}
			SheetYear primary = results.isEmpty() ? sheets.get(0) : results.get(0);
			for (SheetYear other : sheets) {
				if (other != primary) {
					compare(primary, other, problems);
				}
			}
			List<ImportedCountry> countries = ranks(primary, problems);
			if (countries.stream().noneMatch(ImportedCountry::scored)) {
				problems.add(ImportProblem.error(primary.sheet(), null, null, "cpi.import.problem.year-empty", year));
			}
			boolean sourceScores = primary.kind() == Kind.RESULTS
					&& countries.stream().anyMatch(c -> !c.sourceScores().isEmpty());
			years.put(year, new YearData(year, countries, sourceScores));
		});
		return years;
	}

	private static void duplicates(SheetYear sheetYear, List<ImportProblem> problems) {
		Set<String> seen = new HashSet<>();
		for (ImportedCountry country : sheetYear.countries()) {
			if (!seen.add(country.countryCode())) {
				problems.add(ImportProblem.error(country.sheet(), country.row(), null, "cpi.import.problem.iso3-duplicate",
						country.countryCode(), sheetYear.year()));
			}
		}
	}

	private static void compare(SheetYear primary, SheetYear other, List<ImportProblem> problems) {
		Map<String, ImportedCountry> theirs = scored(other);
		Map<String, ImportedCountry> ours = scored(primary);
		ours.forEach((code, country) -> {
			ImportedCountry match = theirs.get(code);
			if (match == null) {
				problems.add(ImportProblem.error(other.sheet(), null, null, "cpi.import.problem.sheets-country-missing",
						code, primary.year(), primary.sheet(), other.sheet()));
			}
			else if (!same(country.score(), match.score())) {
				problems.add(ImportProblem.error(other.sheet(), match.row(), null, "cpi.import.problem.sheets-score-differs",
						code, primary.year(), country.score(), match.score(), primary.sheet()));
			}
			else if (country.rank() != null && match.rank() != null && !same(country.rank(), match.rank())) {
				problems.add(ImportProblem.error(other.sheet(), match.row(), null, "cpi.import.problem.sheets-rank-differs",
						code, primary.year(), country.rank(), match.rank(), primary.sheet()));
			}
		});
		theirs.forEach((code, country) -> {
			if (!ours.containsKey(code)) {
				problems.add(ImportProblem.error(other.sheet(), country.row(), null,
						"cpi.import.problem.sheets-country-missing", code, primary.year(), other.sheet(), primary.sheet()));
			}
		});
	}

	private static Map<String, ImportedCountry> scored(SheetYear sheetYear) {
		Map<String, ImportedCountry> scored = new HashMap<>();
		sheetYear.countries().stream().filter(ImportedCountry::scored).forEach(c -> scored.putIfAbsent(c.countryCode(), c));
		return scored;
	}

	/**
	 * TI's rank is 1 + the number of countries with a higher score: a rank beyond the countries scored is
	 * an error, one that differs from that rule a warning; a missing one is computed.
	 */
	private static List<ImportedCountry> ranks(SheetYear sheetYear, List<ImportProblem> problems) {
		List<Integer> scores = sheetYear.countries()
			.stream()
			.filter(c -> c.scored() && whole(c.score()))
			.map(c -> c.score().intValue())
			.toList();
		List<ImportedCountry> ranked = new ArrayList<>();
		for (ImportedCountry country : sheetYear.countries()) {
			if (!country.scored() || !whole(country.score())) {
				ranked.add(country);
				continue;
			}
			int score = country.score().intValue();
			int expected = CpiMethod.rank(score, scores);
			if (country.rank() == null) {
				ranked.add(country.withRank(expected));
				continue;
			}
			if (country.rank().stripTrailingZeros().scale() <= 0 && country.rank().signum() > 0) {
				if (country.rank().intValue() > scores.size()) {
					problems.add(ImportProblem.error(country.sheet(), country.row(), null, "cpi.import.problem.rank-beyond",
							country.countryCode(), country.rank(), scores.size()));
				}
				else if (country.rank().intValue() != expected) {
					problems.add(ImportProblem.warning(country.sheet(), country.row(), null,
							"cpi.import.problem.rank-differs", country.countryCode(), country.rank(), expected));
				}
			}
			ranked.add(country);
		}
		return ranked;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return Objects.equals(a == null ? null : a.stripTrailingZeros(), b == null ? null : b.stripTrailingZeros());
	}

	private static boolean whole(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0 && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
	}

}
