package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sujarit.cpi.CpiGroup;
import org.sujarit.cpi.CpiMethod;
import org.sujarit.cpi.TiSource;
import org.sujarit.cpi.imports.SheetSummary.Kind;
import org.sujarit.cpi.imports.TiColumns.Field;
import org.sujarit.cpi.imports.TiColumns.Header;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.Sheet;

/**
 * Reads the sheets of TI's workbook into country rows and checks each row on its own. A sheet's header
 * row is found by its names (a country column beside an ISO3 or CPI score column, anywhere in the first
 * {@value #HEADER_SEARCH_ROWS} rows, below TI's title block), never by position; a sheet whose score
 * columns name several years is the timeseries, one with a single score column an edition's results.
 * Checks needing the whole year (duplicates, ranks, sheets against each other) are {@link ImportChecks}'.
 */
final class TiWorkbookParser {

	static final int HEADER_SEARCH_ROWS = 40;

	/** The CPI has been on its 0–100 scale since 2012. */
	static final int FIRST_YEAR = 2012;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_STANDARD_ERROR = BigDecimal.valueOf(50);

	/** TI's codes that are not ISO 3166-1 alpha-3: Kosovo. */
	private static final Set<String> TI_CODES = Set.of("KSV", "XKX");

	private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

	/** A sheet's rows for one year. */
	record SheetYear(String sheet, Kind kind, int year, List<ImportedCountry> countries) {
	}

	/** What the sheets hold, the sheets' summaries and every problem found row by row. */
	record Result(List<SheetYear> sheetYears, List<SheetSummary> sheets, List<ImportProblem> problems) {
	}

	private final List<ImportProblem> problems = new ArrayList<>();

	private TiWorkbookParser() {
	}

	static Result parse(List<Sheet> sheets) {
		TiWorkbookParser parser = new TiWorkbookParser();
		List<SheetYear> sheetYears = new ArrayList<>();
		List<SheetSummary> summaries = new ArrayList<>();
		for (Sheet sheet : sheets) {
			summaries.add(parser.sheet(sheet, sheetYears));
		}
		if (sheetYears.isEmpty() && parser.problems.stream().noneMatch(ImportProblem::error)) {
			parser.problems.add(ImportProblem.error(null, null, null, "cpi.import.problem.no-cpi-sheet"));
		}
		return new Result(sheetYears, summaries, parser.problems);
	}

	/** Column index of each field (a year's fields for the timeseries) and of each source. */
	private static final class Layout {

		final int headerIndex;

		final int headerRow;

		final Map<Field, Integer> columns = new EnumMap<>(Field.class);

		final Map<Integer, Map<Field, Integer>> yearColumns = new TreeMap<>();

		final Map<TiSource, Integer> sources = new EnumMap<>(TiSource.class);

		Layout(int headerIndex, int headerRow) {
			this.headerIndex = headerIndex;
			this.headerRow = headerRow;
		}

		Set<Integer> scoreYears() {
			Set<Integer> years = new TreeSet<>();
			yearColumns.forEach((year, fields) -> {
				if (fields.containsKey(Field.SCORE)) {
					years.add(year);
				}
			});
			return years;
		}

	}

	private SheetSummary sheet(Sheet sheet, List<SheetYear> out) {
		String name = sheet.name();
		Optional<Layout> found = layout(sheet);
		if (found.isEmpty()) {
			problems.add(ImportProblem.note(name, "cpi.import.problem.sheet-skipped", name));
			return new SheetSummary(name, Kind.SKIPPED, List.of(), null, 0);
		}
		Layout layout = found.get();
		Set<Integer> scoreYears = layout.scoreYears();
		boolean timeseries = scoreYears.size() > 1;
		if (!layout.columns.containsKey(Field.ISO3)) {
			problems.add(ImportProblem.error(name, layout.headerRow, null, "cpi.import.problem.column-missing",
					Field.ISO3.label()));
		}
		if (!layout.columns.containsKey(Field.COUNTRY)) {
			problems.add(ImportProblem.error(name, layout.headerRow, null, "cpi.import.problem.column-missing",
					Field.COUNTRY.label()));
		}
		if (!layout.columns.containsKey(Field.REGION)) {
			problems.add(ImportProblem.warning(name, layout.headerRow, null, "cpi.import.problem.region-column-missing"));
		}
		if (timeseries) {
			if (problems.stream().anyMatch(p -> p.error() && name.equals(p.sheet()))) {
				return new SheetSummary(name, Kind.TIMESERIES, List.copyOf(scoreYears), layout.headerRow, 0);
			}
			Map<Integer, List<ImportedCountry>> years = new TreeMap<>();
			scoreYears.forEach(year -> years.put(year, new ArrayList<>()));
			int countries = timeseriesRows(sheet, layout, years);
			years.forEach((year, rows) -> out.add(new SheetYear(name, Kind.TIMESERIES, year, rows)));
			return new SheetSummary(name, Kind.TIMESERIES, List.copyOf(scoreYears), layout.headerRow, countries);
		}
		Integer year = scoreYears.isEmpty() ? null : scoreYears.iterator().next();
		if (year == null) {
			year = layout.yearColumns.keySet().stream().findFirst().orElse(null);
		}
		if (year == null) {
			year = TiColumns.year(name).orElse(null);
		}
		for (int i = 0; year == null && i < layout.headerIndex; i++) {
			for (String cell : sheet.rows().get(i).cells()) {
				if (TiSource.normalize(cell).contains("cpi")) {
					year = TiColumns.year(cell).orElse(null);
					if (year != null) {
						break;
					}
				}
			}
		}
		Map<Field, Integer> columns = new EnumMap<>(layout.columns);
		if (year != null && layout.yearColumns.containsKey(year)) {
			layout.yearColumns.get(year).forEach(columns::putIfAbsent);
		}
		if (!columns.containsKey(Field.SCORE)) {
			problems.add(ImportProblem.error(name, layout.headerRow, null, "cpi.import.problem.column-missing",
					Field.SCORE.label()));
		}
		if (year == null) {
			problems.add(ImportProblem.error(name, layout.headerRow, null, "cpi.import.problem.sheet-no-year", name));
		}
		if (layout.sources.isEmpty() && !columns.containsKey(Field.SOURCES)) {
			problems.add(ImportProblem.warning(name, layout.headerRow, null, "cpi.import.problem.no-source-columns"));
		}
		if (year == null || problems.stream().anyMatch(p -> p.error() && name.equals(p.sheet()))) {
			return new SheetSummary(name, Kind.RESULTS, year == null ? List.of() : List.of(year), layout.headerRow, 0);
		}
		List<ImportedCountry> rows = resultRows(sheet, layout, columns, year);
		out.add(new SheetYear(name, Kind.RESULTS, year, rows));
		return new SheetSummary(name, Kind.RESULTS, List.of(year), layout.headerRow, rows.size());
	}

	private static Optional<Layout> layout(Sheet sheet) {
		List<Row> rows = sheet.rows();
		for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
			Row row = rows.get(i);
			Map<Integer, Header> headers = new LinkedHashMap<>();
			for (int c = 0; c < row.cells().size(); c++) {
				int column = c;
				TiColumns.header(row.cell(c)).ifPresent(h -> headers.put(column, h));
			}
			Set<Field> fields = headers.values().stream().map(Header::field).collect(Collectors.toSet());
			if (fields.contains(Field.COUNTRY) && (fields.contains(Field.ISO3) || fields.contains(Field.SCORE))) {
				Layout layout = new Layout(i, row.number());
				headers.forEach((column, header) -> {
					if (header.field() == Field.SOURCE) {
						layout.sources.putIfAbsent(header.source(), column);
					}
					else if (header.year() != null && header.field() != Field.COUNTRY && header.field() != Field.ISO3
							&& header.field() != Field.REGION) {
						layout.yearColumns.computeIfAbsent(header.year(), y -> new EnumMap<>(Field.class))
							.putIfAbsent(header.field(), column);
					}
					else {
						layout.columns.putIfAbsent(header.field(), column);
					}
				});
				return Optional.of(layout);
			}
		}
		return Optional.empty();
	}

	private List<ImportedCountry> resultRows(Sheet sheet, Layout layout, Map<Field, Integer> columns, int year) {
		List<ImportedCountry> countries = new ArrayList<>();
		for (Row row : data(sheet, layout)) {
			Cells cells = new Cells(sheet.name(), row);
			String iso = cells.text(columns.get(Field.ISO3)).toUpperCase(Locale.ROOT);
			String scoreText = cells.text(columns.get(Field.SCORE));
			if (iso.isEmpty() && scoreText.isEmpty()) {
				continue;
			}
			if (!identity(cells, columns, iso)) {
				continue;
			}
			BigDecimal score = cells.number(columns.get(Field.SCORE));
			Map<String, BigDecimal> sourceScores = new LinkedHashMap<>();
			layout.sources.forEach((source, column) -> {
				BigDecimal value = cells.number(column);
				if (value != null) {
					if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
						problems.add(cells.error(column, "cpi.import.problem.value-range", source.code(), value));
					}
					sourceScores.put(source.code(), value);
				}
			});
			ImportedCountry country = new ImportedCountry(year, iso, cells.text(columns.get(Field.COUNTRY)),
					region(cells, columns), score, cells.number(columns.get(Field.RANK)), false,
					cells.number(columns.get(Field.SOURCES)), cells.number(columns.get(Field.STANDARD_ERROR)),
					cells.number(columns.get(Field.CI_LOW)), cells.number(columns.get(Field.CI_HIGH)), sourceScores,
					sheet.name(), row.number());
			values(cells, columns, country, !layout.sources.isEmpty() || country.sources() != null);
			if (!layout.sources.isEmpty()) {
				method(cells, columns, country);
			}
			countries.add(country);
		}
		return countries;
	}

	private int timeseriesRows(Sheet sheet, Layout layout, Map<Integer, List<ImportedCountry>> years) {
		int countries = 0;
		for (Row row : data(sheet, layout)) {
			Cells cells = new Cells(sheet.name(), row);
			String iso = cells.text(layout.columns.get(Field.ISO3)).toUpperCase(Locale.ROOT);
			boolean anyScore = layout.yearColumns.values()
				.stream()
				.anyMatch(fields -> !cells.text(fields.get(Field.SCORE)).isEmpty());
			if (iso.isEmpty() && !anyScore) {
				continue;
			}
			if (!identity(cells, layout.columns, iso)) {
				continue;
			}
			countries++;
			String name = cells.text(layout.columns.get(Field.COUNTRY));
			String region = region(cells, layout.columns);
			for (Map.Entry<Integer, List<ImportedCountry>> entry : years.entrySet()) {
				Map<Field, Integer> columns = new EnumMap<>(layout.columns);
				columns.putAll(layout.yearColumns.get(entry.getKey()));
				if (cells.text(columns.get(Field.SCORE)).isEmpty()) {
					continue;
				}
				ImportedCountry country = new ImportedCountry(entry.getKey(), iso, name, region,
						cells.number(columns.get(Field.SCORE)), cells.number(columns.get(Field.RANK)), false,
						cells.number(columns.get(Field.SOURCES)), cells.number(columns.get(Field.STANDARD_ERROR)),
						cells.number(columns.get(Field.CI_LOW)), cells.number(columns.get(Field.CI_HIGH)), Map.of(),
						sheet.name(), row.number());
				values(cells, columns, country, country.sources() != null);
				entry.getValue().add(country);
			}
		}
		return countries;
	}

	private static List<Row> data(Sheet sheet, Layout layout) {
		return sheet.rows().subList(layout.headerIndex + 1, sheet.rows().size());
	}

	/** The ISO3 code and country name; false when the row cannot be used at all. */
	private boolean identity(Cells cells, Map<Field, Integer> columns, String iso) {
		Integer isoColumn = columns.get(Field.ISO3);
		if (iso.isEmpty()) {
			problems.add(cells.error(isoColumn, "cpi.import.problem.iso3-missing"));
			return false;
		}
		if (!iso.matches("[A-Z]{3}")) {
			problems.add(cells.error(isoColumn, "cpi.import.problem.iso3-invalid", iso));
			return false;
		}
		if (!ISO_CODES.contains(iso) && !TI_CODES.contains(iso)) {
			problems.add(cells.warning(isoColumn, "cpi.import.problem.iso3-unknown", iso));
		}
		if (cells.text(columns.get(Field.COUNTRY)).isEmpty()) {
			problems.add(cells.error(columns.get(Field.COUNTRY), "cpi.import.problem.country-missing", iso));
		}
		return true;
	}

	private String region(Cells cells, Map<Field, Integer> columns) {
		Integer column = columns.get(Field.REGION);
		String value = cells.text(column);
		if (column == null || value.isEmpty()) {
			return null;
		}
		Optional<CpiGroup> region = CpiGroup.region(value);
		if (region.isEmpty()) {
			problems.add(cells.warning(column, "cpi.import.problem.region-unknown", value));
			return null;
		}
		return region.get().regionCode();
	}

	/** Each value on its own: whole numbers where TI publishes them, ranges, the interval around the score. */
	private void values(Cells cells, Map<Field, Integer> columns, ImportedCountry c, boolean sourcesKnown) {
		BigDecimal score = c.score();
		if (score != null) {
			if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
				problems.add(cells.error(columns.get(Field.SCORE), "cpi.import.problem.value-range", Field.SCORE.label(), score));
			}
			else if (!whole(score)) {
				problems.add(cells.error(columns.get(Field.SCORE), "cpi.import.problem.score-not-whole", c.countryCode(), score));
			}
		}
		if (c.rank() != null && (!whole(c.rank()) || c.rank().signum() <= 0)) {
			problems.add(cells.error(columns.get(Field.RANK), "cpi.import.problem.rank-invalid", c.countryCode(), c.rank()));
		}
		if (c.sources() != null && (!whole(c.sources()) || c.sources().signum() < 0
				|| c.sources().compareTo(BigDecimal.valueOf(TiSource.values().length)) > 0)) {
			problems.add(cells.error(columns.get(Field.SOURCES), "cpi.import.problem.sources-invalid", c.countryCode(),
					c.sources()));
		}
		BigDecimal se = c.standardError();
		if (se != null && (se.signum() < 0 || se.compareTo(MAX_STANDARD_ERROR) > 0)) {
			problems.add(cells.error(columns.get(Field.STANDARD_ERROR), "cpi.import.problem.se-invalid", c.countryCode(), se));
		}
		int sources = c.sourceCount();
		if (score != null && sourcesKnown && sources < CpiMethod.MIN_SOURCES) {
			problems.add(cells.error(columns.get(Field.SCORE), "cpi.import.problem.too-few-sources", c.countryCode(),
					sources, CpiMethod.MIN_SOURCES));
		}
		if (score == null && sources >= CpiMethod.MIN_SOURCES && !c.sourceScores().isEmpty()) {
			problems.add(cells.error(columns.get(Field.SCORE), "cpi.import.problem.score-missing", c.countryCode(), sources));
		}
		if (!c.sourceScores().isEmpty() && c.sources() != null && c.sources().intValue() != c.sourceScores().size()) {
			problems.add(cells.warning(columns.get(Field.SOURCES), "cpi.import.problem.sources-count-differs",
					c.countryCode(), c.sources(), c.sourceScores().size()));
		}
		if (score != null && c.ciLow() != null && c.ciHigh() != null
				&& (c.ciLow().compareTo(score) > 0 || c.ciHigh().compareTo(score) < 0)) {
			problems.add(cells.error(columns.get(Field.CI_LOW), "cpi.import.problem.ci-invalid", c.countryCode(),
					c.ciLow(), c.ciHigh(), score));
		}
		else if (score != null && whole(score) && se != null && c.ciLow() != null && c.ciHigh() != null) {
			BigDecimal[] expected = CpiMethod.interval(c.year(), score.intValue(), se);
			BigDecimal tolerance = new BigDecimal("0.06");
			if (expected[0].subtract(c.ciLow()).abs().compareTo(tolerance) > 0
					|| expected[1].subtract(c.ciHigh()).abs().compareTo(tolerance) > 0) {
				problems.add(cells.warning(columns.get(Field.CI_LOW), "cpi.import.problem.ci-differs", c.countryCode(),
						c.ciLow(), c.ciHigh(), expected[0], expected[1]));
			}
		}
	}

	/**
	 * The published score against TI's method applied to the source scores. TI averages unrounded scores
	 * and publishes them rounded, so the mean of the published ones may miss the score by up to the
	 * rounding of the sources (0.5 for whole numbers) plus the score's own 0.5: a warning; beyond that
	 * the row is wrong.
	 */
	private void method(Cells cells, Map<Field, Integer> columns, ImportedCountry c) {
		if (c.score() == null || !whole(c.score()) || c.sourceScores().size() < CpiMethod.MIN_SOURCES
				|| c.sourceScores().values().stream().anyMatch(v -> v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
			return;
		}
		CpiMethod.Estimate estimate = CpiMethod.estimate(c.year(), c.sourceScores().values());
		int published = c.score().intValue();
		BigDecimal mean = estimate.mean().setScale(2, RoundingMode.HALF_UP);
		if (estimate.score() != published) {
			int decimals = c.sourceScores().values().stream().mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale())).max().orElse(0);
			BigDecimal sourceRounding = BigDecimal.valueOf(5, decimals + 1);
			BigDecimal allowed = new BigDecimal("0.5").add(sourceRounding).add(new BigDecimal("0.0000001"));
			BigDecimal off = estimate.mean().subtract(BigDecimal.valueOf(published)).abs();
			if (off.compareTo(allowed) <= 0) {
				problems.add(cells.warning(columns.get(Field.SCORE), "cpi.import.problem.score-rounding", c.countryCode(),
						mean, published));
			}
			else {
				problems.add(cells.error(columns.get(Field.SCORE), "cpi.import.problem.score-mismatch", c.countryCode(),
						mean, estimate.score(), published));
			}
		}
		if (c.standardError() != null && estimate.standardError() != null
				&& estimate.standardError().subtract(c.standardError()).abs().compareTo(new BigDecimal("0.15")) > 0) {
			problems.add(cells.warning(columns.get(Field.STANDARD_ERROR), "cpi.import.problem.se-differs",
					c.countryCode(), c.standardError(), estimate.standardError().setScale(2, RoundingMode.HALF_UP)));
		}
	}

	private static boolean whole(BigDecimal value) {
		return value.stripTrailingZeros().scale() <= 0;
	}

	/** One row's cells as text and numbers, and problems located at them. */
	private final class Cells {

		private final String sheet;

		private final Row row;

		Cells(String sheet, Row row) {
			this.sheet = sheet;
			this.row = row;
		}

		String text(Integer column) {
			return column == null ? "" : row.cell(column).strip();
		}

		BigDecimal number(Integer column) {
			String text = text(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				problems.add(error(column, "cpi.import.problem.not-a-number", text));
				return null;
			}
		}

		ImportProblem error(Integer column, String code, Object... arguments) {
			return ImportProblem.error(sheet, row.number(), column == null ? null : Row.columnName(column), code,
					arguments);
		}

		ImportProblem warning(Integer column, String code, Object... arguments) {
			return ImportProblem.warning(sheet, row.number(), column == null ? null : Row.columnName(column), code,
					arguments);
		}

	}

}
