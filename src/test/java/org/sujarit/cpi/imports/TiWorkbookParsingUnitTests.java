package org.sujarit.cpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.cpi.CpiGroup;
import org.sujarit.cpi.TiSource;
import org.sujarit.cpi.TiWorkbooks;
import org.sujarit.cpi.imports.ImportChecks.YearData;
import org.sujarit.cpi.imports.SheetSummary.Kind;
import org.sujarit.platform.files.TestFiles;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Reading and checking TI-shaped workbooks built by {@link TiWorkbooks}, without Spring: layouts of both
 * downloads, Strict OOXML, header variants of the editions, and broken files.
 */
class TiWorkbookParsingUnitTests {

	private final TabularReader reader = new TabularReader(TabularProperties.defaults());

	record Checked(TiWorkbookParser.Result parsed, Map<Integer, YearData> years, List<ImportProblem> problems) {

		List<String> codes(ImportProblem.Severity severity) {
			return problems.stream().filter(p -> p.severity() == severity).map(ImportProblem::code).toList();
		}

		ImportedCountry country(int year, String iso3) {
			return years.get(year).countries().stream().filter(c -> c.countryCode().equals(iso3)).findFirst().orElseThrow();
		}

	}

	private Checked check(byte[] workbook) {
		TiWorkbookParser.Result parsed = TiWorkbookParser.parse(reader.read(new ByteArrayInputStream(workbook), "cpi.xlsx"));
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Map<Integer, YearData> years = ImportChecks.check(parsed.sheetYears(), problems);
		return new Checked(parsed, years, problems);
	}

	@Test
	void resultsWorkbookBelowItsTitleBlock() {
		Checked checked = check(TiWorkbooks.results(2024));
		assertThat(checked.parsed().sheets()).singleElement().satisfies(sheet -> {
			assertThat(sheet.name()).isEqualTo("CPI2024");
			assertThat(sheet.kind()).isEqualTo(Kind.RESULTS);
			assertThat(sheet.headerRow()).isEqualTo(4);
			assertThat(sheet.countries()).isEqualTo(8);
		});
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).isEmpty();
		// Kosovo's KSV is TI's own code, not ISO 3166: accepted; an unknown code only warns
		assertThat(checked.codes(ImportProblem.Severity.WARNING)).isEmpty();
		assertThat(check(results(TiWorkbooks.set(sheet(2024), "SOM", "ISO3", "XYZ"))).codes(ImportProblem.Severity.WARNING))
			.containsExactly("cpi.import.problem.iso3-unknown");
		YearData year = checked.years().get(2024);
		assertThat(year.sourceScores()).isTrue();
		assertThat(year.scored()).isEqualTo(8);
		ImportedCountry thailand = checked.country(2024, "THA");
		assertThat(thailand.score()).isEqualByComparingTo("34");
		assertThat(thailand.rank()).isEqualByComparingTo("7");
		assertThat(thailand.region()).isEqualTo("AP");
		assertThat(thailand.standardError()).isEqualByComparingTo("0.64918");
		assertThat(thailand.sourceScores()).hasSize(9).containsEntry("PERC", new BigDecimal("41.2857"));
		assertThat(checked.country(2024, "SOM").sourceScores()).containsKeys("AFDB", "WB");
		assertThat(checked.country(2024, "DNK").region()).isEqualTo("WE/EU");
	}

	@Test
	void globalResultsTrendsHasTheResultsSheetAndTheTimeseries() {
		Checked checked = check(TiWorkbooks.globalResultsTrends(2023, 2024));
		assertThat(checked.parsed().sheets()).extracting(SheetSummary::kind).containsExactly(Kind.RESULTS, Kind.TIMESERIES);
		assertThat(checked.parsed().sheets().get(1).years()).containsExactly(2023, 2024);
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).isEmpty();
		assertThat(checked.years()).containsOnlyKeys(2023, 2024);
		// 2024 comes from the results sheet (with sources), 2023 from the timeseries (results only)
		assertThat(checked.years().get(2024).sourceScores()).isTrue();
		assertThat(checked.years().get(2023).sourceScores()).isFalse();
		ImportedCountry thailand2023 = checked.country(2023, "THA");
		assertThat(thailand2023.score()).isEqualByComparingTo("35");
		assertThat(thailand2023.sources()).isEqualByComparingTo("9");
		assertThat(thailand2023.sourceScores()).isEmpty();
	}

	@Test
	void strictOoxmlWorkbooksAreReadTheSame() {
		byte[] strict = TiWorkbooks.strict(TiWorkbooks.globalResultsTrends(2023, 2024));
		assertThat(TestFiles.entryText(strict, "xl/workbook.xml")).contains("purl.oclc.org/ooxml/spreadsheetml/main");
		Checked checked = check(strict);
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).isEmpty();
		assertThat(checked.country(2024, "THA").sourceScores()).hasSize(9);
		assertThat(checked.country(2023, "SGP").score()).isEqualByComparingTo("83");
	}

	@Test
	void headerVariantsOfOlderEditions() {
		List<List<Object>> grid = TiWorkbooks.resultsSheet(2016, TiWorkbooks.sample(2015));
		grid = rename(grid, "CPI score 2016", "CPI2016");
		grid = rename(grid, "Country / Territory", "Country");
		grid = rename(grid, "Number of sources", "Number of Surveys Used");
		grid = rename(grid, "Standard error", "Std Error 2016");
		grid = rename(grid, "Lower CI", "90% Lower CI");
		grid = rename(grid, "Upper CI", "90%Upper CI");
		grid = rename(grid, "Varieties of Democracy Project", "Varities of Democracy Project");
		grid = rename(grid, "African Development Bank CPIA", "Arican Development Bank");
		grid = rename(grid, "S&P / Global Insight Country Risk Ratings", "IHS Global Insight");
		grid = rename(grid, "PRS International Country Risk Guide", "PRS Internationl Country Risk Guide");
		grid = rename(grid, "World Economic Forum EOS", "World  Economic Forum EOS");
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI 2016", grid);
		Checked checked = check(TiWorkbooks.workbook(sheets));
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).isEmpty();
		assertThat(checked.country(2016, "SOM").sourceScores()).containsOnlyKeys("AFDB", "BF", "EIU", "GI", "PRS", "VDEM", "WB");
		assertThat(checked.country(2016, "THA").sourceScores()).containsKeys("WEF", "VDEM", "GI", "PRS");
		assertThat(checked.country(2016, "THA").ciLow()).isNotNull();
	}

	@Test
	void sourceNamesOfEveryEditionMapToTheThirteenCodes() {
		assertThat(TiSource.fromHeader("Bertelsmann Foundation Sustainable Governance Index")).contains(TiSource.SGI);
		assertThat(TiSource.fromHeader("BF (SGI)")).contains(TiSource.SGI);
		assertThat(TiSource.fromHeader("BF (BTI)")).contains(TiSource.BF);
		assertThat(TiSource.fromHeader("Bertelsmann Stiftung Transformation Index")).contains(TiSource.BF);
		assertThat(TiSource.fromHeader("S&P Country Risk Rating")).contains(TiSource.GI);
		assertThat(TiSource.fromHeader("Global Insights Country Risk Ratings")).contains(TiSource.GI);
		assertThat(TiSource.fromHeader("ICRG")).contains(TiSource.PRS);
		assertThat(TiSource.fromHeader("PERC2011")).contains(TiSource.PERC);
		assertThat(TiSource.fromHeader("Freedom House NIT")).contains(TiSource.FH);
		assertThat(TiSource.fromHeader("World Bank CPIA")).contains(TiSource.WB);
		assertThat(TiSource.fromHeader("African Development Bank CPIA")).contains(TiSource.AFDB);
		assertThat(TiSource.fromHeader("World Justice Project ROL")).contains(TiSource.WJP);
		assertThat(TiSource.fromHeader("Economist Intelligence Unit")).contains(TiSource.EIU);
		assertThat(TiSource.fromHeader("IMD World Competitiveness Year Book")).contains(TiSource.IMD);
		assertThat(TiSource.fromHeader("Number of sources")).isEmpty();
		assertThat(TiSource.fromHeader("WB Code")).isEmpty();
		assertThat(TiSource.fromHeader("Lower CI")).isEmpty();
		assertThat(CpiGroup.region("AM")).contains(CpiGroup.AME);
		assertThat(CpiGroup.region("WE/EU")).contains(CpiGroup.WE_EU);
		assertThat(CpiGroup.region("Asia Pacific")).contains(CpiGroup.AP);
	}

	@Test
	void aWorkbookWithoutACpiSheetIsAnError() {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("Sheet1", List.of(List.of("ชื่อ", "จำนวน"), List.of("ก", 1)));
		Checked checked = check(TiWorkbooks.workbook(sheets));
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).containsExactly("cpi.import.problem.no-cpi-sheet");
		assertThat(checked.codes(ImportProblem.Severity.NOTE)).containsExactly("cpi.import.problem.sheet-skipped");
		assertThat(checked.years()).isEmpty();
	}

	@Test
	void missingColumnsAreNamed() {
		Checked checked = check(results(TiWorkbooks.removeColumn(sheet(2024), "ISO3")));
		assertThat(checked.problems()).filteredOn(ImportProblem::error).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("cpi.import.problem.column-missing");
			assertThat(p.arguments()).containsExactly("ISO3");
			assertThat(p.sheet()).isEqualTo("CPI2024");
			assertThat(p.row()).isEqualTo(4);
		});
		assertThat(check(results(TiWorkbooks.removeColumn(sheet(2024), "CPI 2024 score"))).codes(ImportProblem.Severity.ERROR))
			.contains("cpi.import.problem.column-missing");
	}

	@Test
	void nonNumericCellsAreLocatedBySheetRowAndColumn() {
		Checked checked = check(results(TiWorkbooks.set(sheet(2024), "THA", "Rank", "n/a")));
		assertThat(checked.problems()).filteredOn(ImportProblem::error).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("cpi.import.problem.not-a-number");
			assertThat(p.arguments()).containsExactly("n/a");
			assertThat(p.sheet()).isEqualTo("CPI2024");
			assertThat(p.row()).isEqualTo(11);
			assertThat(p.column()).isEqualTo("E");
		});
	}

	@Test
	void aScoredCountryWithFewerThanThreeSourcesIsAnError() {
		List<List<Object>> grid = sheet(2024);
		for (String source : List.of("IMD World Competitiveness Yearbook", "PERC Asia Risk Guide",
				"PRS International Country Risk Guide", "S&P / Global Insight Country Risk Ratings",
				"Bertelsmann Stiftung Transformation Index", "World Justice Project Rule of Law Index",
				"Economist Intelligence Unit Country Ratings")) {
			grid = TiWorkbooks.set(grid, "THA", source, null);
		}
		Checked checked = check(results(grid));
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.too-few-sources");
	}

	@Test
	void outOfRangeValuesAreErrors() {
		Checked checked = check(results(TiWorkbooks.set(sheet(2024), "DNK", "World Economic Forum EOS", 120)));
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.value-range");
		assertThat(check(results(TiWorkbooks.set(sheet(2024), "DNK", "CPI 2024 score", 101))).codes(ImportProblem.Severity.ERROR))
			.contains("cpi.import.problem.value-range");
	}

	@Test
	void aScoreTheSourcesCannotGiveIsAnErrorButTisRoundingOnlyAWarning() {
		// Thailand's sources average 34.17: 36 is impossible, 35 within TI's rounding of unrounded scores
		Checked wrong = check(results(TiWorkbooks.set(sheet(2024), "THA", "CPI 2024 score", 36)));
		assertThat(wrong.codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.score-mismatch");
		List<List<Object>> grid = sheet(2013);
		// 2013 published 35 where the whole-number sources average 35.5
		grid = TiWorkbooks.set(grid, "THA", "CPI score 2013", 35);
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI2013", thailand2013(grid));
		Checked rounding = check(TiWorkbooks.workbook(sheets));
		assertThat(rounding.codes(ImportProblem.Severity.ERROR)).isEmpty();
		assertThat(rounding.codes(ImportProblem.Severity.WARNING)).contains("cpi.import.problem.score-rounding");
	}

	@Test
	void duplicateCodesAndRanksAgainstScores() {
		List<List<Object>> grid = TiWorkbooks.set(sheet(2024), "IDN", "ISO3", "MYS");
		assertThat(check(results(grid)).codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.iso3-duplicate");
		Checked rank = check(results(TiWorkbooks.set(sheet(2024), "THA", "Rank", 3)));
		assertThat(rank.codes(ImportProblem.Severity.WARNING)).contains("cpi.import.problem.rank-differs");
		assertThat(check(results(TiWorkbooks.set(sheet(2024), "THA", "Rank", 300))).codes(ImportProblem.Severity.ERROR))
			.contains("cpi.import.problem.rank-beyond");
		assertThat(check(results(TiWorkbooks.set(sheet(2024), "THA", "ISO3", "TH1"))).codes(ImportProblem.Severity.ERROR))
			.contains("cpi.import.problem.iso3-invalid");
	}

	@Test
	void sheetsThatDisagreeAreErrors() {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI 2024", TiWorkbooks.set(sheet(2024), "SOM", "ISO3", "SSD"));
		sheets.put("CPI Timeseries 2012 - 2024", TiWorkbooks.timeseriesSheet(List.of(2024, 2023), TiWorkbooks.sample()));
		Checked checked = check(TiWorkbooks.workbook(sheets));
		assertThat(checked.codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.sheets-country-missing");
	}

	@Test
	void aFileThatIsNoWorkbookIsRefused() {
		assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(TestFiles.pdf()), "CPI2024_Results.xlsx"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("platform.tabular.unsupported"));
		// read as text it has no CPI score column (the import itself refuses anything but .xlsx)
		Checked text = check("Country,ISO3\nThailand,THA\n".getBytes(StandardCharsets.UTF_8));
		assertThat(text.codes(ImportProblem.Severity.ERROR)).contains("cpi.import.problem.column-missing");
	}

	private static List<List<Object>> sheet(int year) {
		return TiWorkbooks.resultsSheet(year, year == 2024 ? TiWorkbooks.sample() : TiWorkbooks.sample(year - 1));
	}

	private static byte[] results(List<List<Object>> grid) {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI2024", grid);
		return TiWorkbooks.workbook(sheets);
	}

	/** Thailand's 2013 whole-number sources (mean 35.5) in place of the sample's. */
	private static List<List<Object>> thailand2013(List<List<Object>> grid) {
		Map<String, Object> sources = Map.of("World Economic Forum EOS", 35, "IMD World Competitiveness Yearbook", 36,
				"PRS International Country Risk Guide", 31, "S&P / Global Insight Country Risk Ratings", 32,
				"Bertelsmann Stiftung Transformation Index", 40, "World Justice Project Rule of Law Index", 33,
				"Economist Intelligence Unit Country Ratings", 38, "PERC Asia Risk Guide", 39);
		List<List<Object>> out = TiWorkbooks.set(grid, "THA", "Varieties of Democracy Project", null);
		for (Map.Entry<String, Object> source : sources.entrySet()) {
			out = TiWorkbooks.set(out, "THA", source.getKey(), source.getValue());
		}
		out = TiWorkbooks.set(out, "THA", "Number of sources", 8);
		return TiWorkbooks.set(out, "THA", "Rank", 6);
	}

	private static List<List<Object>> rename(List<List<Object>> grid, String from, String to) {
		List<List<Object>> out = new ArrayList<>();
		for (List<Object> row : grid) {
			List<Object> copy = new ArrayList<>(row);
			int i = copy.indexOf(from);
			if (i >= 0 && row.contains("ISO3")) {
				copy.set(i, to);
			}
			out.add(copy);
		}
		return out;
	}

}
