package org.sujarit.cpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.cpi.CpiMethod.Estimate;
import org.sujarit.platform.files.TestFiles;

/**
 * Small workbooks shaped like Transparency International's CPI downloads, built with POI so the repository
 * never holds TI's dataset (CC BY-ND 4.0): a handful of countries with made-up source scores (Thailand's
 * are its published figures, as in src/main/resources/cpi), their score, SE, interval and rank computed
 * with {@link CpiMethod} so every workbook is consistent. Shapes:
 * <ul>
 * <li>{@link #results(int)} — an edition's "CPI2024_Results.xlsx": one sheet "CPI2024" with a title block
 * above the header row, the results and the 13 source columns;</li>
 * <li>{@link #globalResultsTrends(int...)} — "CPI2024_GlobalResultsTrends.xlsx": the latest edition's results
 * sheet and "CPI Timeseries 2012 - 2024" (score, rank, sources, SE per year);</li>
 * <li>{@link #strict(byte[])} — any of them as Strict OOXML (as TI saves its 2024 and 2025 workbooks).</li>
 * </ul>
 * Sheets are plain grids ({@code List<List<Object>>}, numbers as {@link Number}) that tests may break
 * before {@link #workbook(Map)} writes them: {@link #removeColumn}, {@link #set}. {@link #write} saves a
 * workbook for a browser to upload.
 */
public final class TiWorkbooks {

	/** The years {@link #sample()} has scores for. */
	public static final List<Integer> SAMPLE_YEARS = List.of(2023, 2024);

	/** A country with its source scores per CPI year (a source absent from a year's map did not assess it). */
	public record Country(String name, String iso3, String region, Map<Integer, Map<TiSource, BigDecimal>> scores) {

		public Estimate estimate(int year) {
			return CpiMethod.estimate(year, scores.getOrDefault(year, Map.of()).values());
		}

	}

	private TiWorkbooks() {
	}

	/**
	 * Eight countries over 2023 and 2024. 2024 scores: Denmark 90, Singapore 84, Canada 75, Malaysia 50,
	 * Kosovo 44 (TI's code KSV, not ISO 3166), Indonesia 37, Thailand 34 (its unrounded 2024 vector),
	 * Somalia 10 — Thailand 7th of 8, 4th of the 4 Asia-Pacific countries.
	 */
	public static List<Country> sample() {
		List<Country> countries = new ArrayList<>();
		countries.add(country("Denmark", "DNK", "WE/EU",
				scores(TiSource.SGI, 89, TiSource.EIU, 90, TiSource.GI, 91, TiSource.IMD, 90, TiSource.PRS, 88, TiSource.VDEM, 92,
						TiSource.WEF, 91, TiSource.WJP, 89),
				scores(TiSource.SGI, 88, TiSource.EIU, 91, TiSource.GI, 92, TiSource.IMD, 89, TiSource.PRS, 87, TiSource.VDEM, 93,
						TiSource.WEF, 90, TiSource.WJP, 90)));
		countries.add(country("Singapore", "SGP", "AP",
				scores(TiSource.EIU, 83, TiSource.GI, 82, TiSource.IMD, 85, TiSource.PERC, 84, TiSource.PRS, 81, TiSource.VDEM, 80,
						TiSource.WEF, 86, TiSource.WJP, 83),
				scores(TiSource.EIU, 84, TiSource.GI, 83, TiSource.IMD, 86, TiSource.PERC, 85, TiSource.PRS, 82, TiSource.VDEM, 80,
						TiSource.WEF, 88, TiSource.WJP, 84)));
		countries.add(country("Canada", "CAN", "AME",
				scores(TiSource.EIU, 77, TiSource.GI, 75, TiSource.IMD, 78, TiSource.PRS, 74, TiSource.SGI, 76, TiSource.VDEM, 78,
						TiSource.WEF, 76, TiSource.WJP, 74),
				scores(TiSource.EIU, 76, TiSource.GI, 74, TiSource.IMD, 77, TiSource.PRS, 73, TiSource.SGI, 75, TiSource.VDEM, 78,
						TiSource.WEF, 74, TiSource.WJP, 73)));
		countries.add(country("Malaysia", "MYS", "AP",
				scores(TiSource.BF, 49, TiSource.EIU, 50, TiSource.GI, 51, TiSource.IMD, 50, TiSource.PERC, 48, TiSource.PRS, 50,
						TiSource.VDEM, 47, TiSource.WEF, 52, TiSource.WJP, 53),
				scores(TiSource.BF, 48, TiSource.EIU, 50, TiSource.GI, 52, TiSource.IMD, 51, TiSource.PERC, 49, TiSource.PRS, 50,
						TiSource.VDEM, 47, TiSource.WEF, 53, TiSource.WJP, 50)));
		countries.add(country("Kosovo", "KSV", "ECA",
				scores(TiSource.FH, 40, TiSource.BF, 42, TiSource.EIU, 41, TiSource.GI, 43, TiSource.PRS, 39, TiSource.VDEM, 41),
				scores(TiSource.FH, 42, TiSource.BF, 44, TiSource.EIU, 43, TiSource.GI, 45, TiSource.PRS, 41, TiSource.VDEM, 46)));
		countries.add(country("Indonesia", "IDN", "AP",
				scores(TiSource.BF, 36, TiSource.EIU, 34, TiSource.GI, 33, TiSource.IMD, 35, TiSource.PERC, 32, TiSource.PRS, 34,
						TiSource.VDEM, 30, TiSource.WEF, 36, TiSource.WJP, 36),
				scores(TiSource.BF, 38, TiSource.EIU, 37, TiSource.GI, 36, TiSource.IMD, 40, TiSource.PERC, 35, TiSource.PRS, 36,
						TiSource.VDEM, 33, TiSource.WEF, 39, TiSource.WJP, 39)));
		countries.add(country("Thailand", Cpi.THAILAND, "AP",
				scores(TiSource.WEF, 36, TiSource.IMD, 43, TiSource.PRS, 32, TiSource.GI, 35, TiSource.BF, 33, TiSource.WJP, 33,
						TiSource.EIU, 37, TiSource.PERC, 37, TiSource.VDEM, 26),
				scores(TiSource.WEF, "33.8638", TiSource.IMD, "35.9833", TiSource.PRS, "32.7812", TiSource.GI, "32.2680",
						TiSource.BF, "34.2356", TiSource.WJP, "34.0622", TiSource.EIU, "34.5212", TiSource.PERC, "41.2857",
						TiSource.VDEM, "28.5728")));
		countries.add(country("Somalia", "SOM", "SSA",
				scores(TiSource.AFDB, 11, TiSource.BF, 12, TiSource.EIU, 10, TiSource.GI, 11, TiSource.PRS, 10, TiSource.VDEM, 12,
						TiSource.WB, 11),
				scores(TiSource.AFDB, 8, TiSource.BF, 10, TiSource.EIU, 9, TiSource.GI, 11, TiSource.PRS, 10, TiSource.VDEM, 12,
						TiSource.WB, 9)));
		return countries;
	}

	/** The sample's countries with their 2023 scores moved to {@code first} and 2024's to {@code first + 1}. */
	public static List<Country> sample(int first) {
		return sample().stream().map(c -> {
			Map<Integer, Map<TiSource, BigDecimal>> moved = new LinkedHashMap<>();
			moved.put(first, c.scores().get(2023));
			moved.put(first + 1, c.scores().get(2024));
			return new Country(c.name(), c.iso3(), c.region(), moved);
		}).toList();
	}

	/** An edition's results workbook ("CPI2024_Results.xlsx") with the sample countries. */
	public static byte[] results(int year) {
		return results(year, sample());
	}

	public static byte[] results(int year, List<Country> countries) {
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI" + year, resultsSheet(year, countries));
		return workbook(sheets);
	}

	/**
	 * A "GlobalResultsTrends" workbook: the latest of {@code years}' results sheet, then the timeseries of
	 * all of them, newest first, with the sample countries.
	 */
	public static byte[] globalResultsTrends(int... years) {
		return globalResultsTrends(sample(), years);
	}

	public static byte[] globalResultsTrends(List<Country> countries, int... years) {
		int latest = Arrays.stream(years).max().orElseThrow();
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI " + latest, resultsSheet(latest, countries));
		sheets.put("CPI Timeseries 2012 - " + latest,
				timeseriesSheet(Arrays.stream(years).boxed().sorted(Comparator.reverseOrder()).toList(), countries));
		return workbook(sheets);
	}

	/** The same workbook in Strict OOXML (TI's 2024 and 2025 files are Strict). */
	public static byte[] strict(byte[] transitional) {
		return TestFiles.strict(transitional);
	}

	/** Writes a workbook to {@code file} (creating its folder) and returns the file. */
	public static Path write(byte[] workbook, Path file) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			return Files.write(file, workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An edition's sheet as TI lays it out: a title, a licence line, a blank row, then the header row
	 * ("Country / Territory", "ISO3", "Region", "CPI 2024 score" — "CPI score 2023" before 2024 —, "Rank",
	 * "Standard error", "Number of sources", "Lower CI", "Upper CI", the 13 sources) and one row per scored
	 * country, best first.
	 */
	public static List<List<Object>> resultsSheet(int year, List<Country> countries) {
		List<List<Object>> grid = new ArrayList<>();
		grid.add(row("Corruption Perceptions Index " + year + ": Global scores"));
		grid.add(row("© Transparency International (test data made up for Sujarit)"));
		grid.add(row());
		List<Object> header = row("Country / Territory", "ISO3", "Region",
				year >= 2024 ? "CPI " + year + " score" : "CPI score " + year, "Rank", "Standard error", "Number of sources",
				"Lower CI", "Upper CI");
		for (TiSource source : TiSource.values()) {
			header.add(source.tiName());
		}
		grid.add(header);
		for (Country c : ranked(year, countries)) {
			Estimate e = c.estimate(year);
			List<Object> row = row(c.name(), c.iso3(), c.region(), e.score(), rank(year, c, countries), e.standardError(),
					e.sources(), e.ciLow(), e.ciHigh());
			for (TiSource source : TiSource.values()) {
				row.add(c.scores().get(year).get(source));
			}
			grid.add(row);
		}
		return grid;
	}

	/** The timeseries sheet: per year, newest first, "CPI score Y", "Rank Y", "Sources Y", "Standard error Y". */
	public static List<List<Object>> timeseriesSheet(List<Integer> years, List<Country> countries) {
		List<List<Object>> grid = new ArrayList<>();
		grid.add(row("Corruption Perceptions Index " + years.get(0) + ": Score timeseries since 2012"));
		grid.add(row());
		List<Object> header = row("Country / Territory", "ISO3", "Region");
		for (int year : years) {
			header.addAll(List.of((year == 2013 || year == 2012 ? "CPI Score " : "CPI score ") + year, "Rank " + year,
					"Sources " + year, "Standard error " + year));
		}
		grid.add(header);
		for (Country c : countries.stream().sorted(Comparator.comparing(Country::name)).toList()) {
			List<Object> row = row(c.name(), c.iso3(), c.region());
			for (int year : years) {
				Estimate e = c.estimate(year);
				if (e.scored()) {
					row.addAll(Arrays.asList(e.score(), rank(year, c, countries), e.sources(),
							e.standardError().setScale(2, RoundingMode.HALF_UP)));
				}
				else {
					row.addAll(Arrays.asList(null, null, null, null));
				}
			}
			grid.add(row);
		}
		return grid;
	}

	/** Writes grids as sheets of an .xlsx (Transitional), in order. */
	public static byte[] workbook(Map<String, List<List<Object>>> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheets.forEach((name, grid) -> {
				XSSFSheet sheet = workbook.createSheet(name);
				for (int r = 0; r < grid.size(); r++) {
					XSSFRow row = sheet.createRow(r);
					List<Object> cells = grid.get(r);
					for (int c = 0; c < cells.size(); c++) {
						Object value = cells.get(c);
						if (value instanceof Number number) {
							row.createCell(c).setCellValue(number.doubleValue());
						}
						else if (value != null) {
							row.createCell(c).setCellValue(value.toString());
						}
					}
				}
			});
			return TestFiles.write(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The grid without the column headed {@code header} (matched exactly). */
	public static List<List<Object>> removeColumn(List<List<Object>> grid, String header) {
		int column = headerRow(grid).indexOf(header);
		if (column < 0) {
			throw new IllegalArgumentException(header);
		}
		List<List<Object>> out = new ArrayList<>();
		for (List<Object> row : grid) {
			List<Object> copy = new ArrayList<>(row);
			if (copy.size() > column) {
				copy.remove(column);
			}
			out.add(copy);
		}
		return out;
	}

	/** The grid with the cell of the country {@code iso3} under {@code header} set to {@code value}. */
	public static List<List<Object>> set(List<List<Object>> grid, String iso3, String header, Object value) {
		List<Object> headers = headerRow(grid);
		int column = headers.indexOf(header);
		int isoColumn = headers.indexOf("ISO3");
		if (column < 0) {
			throw new IllegalArgumentException(header);
		}
		List<List<Object>> out = new ArrayList<>();
		for (List<Object> row : grid) {
			List<Object> copy = new ArrayList<>(row);
			if (copy.size() > isoColumn && iso3.equals(copy.get(isoColumn))) {
				while (copy.size() <= column) {
					copy.add(null);
				}
				copy.set(column, value);
			}
			out.add(copy);
		}
		return out;
	}

	private static List<Object> headerRow(List<List<Object>> grid) {
		return grid.stream().filter(row -> row.contains("ISO3")).findFirst().orElseThrow();
	}

	private static List<Country> ranked(int year, List<Country> countries) {
		return countries.stream()
			.filter(c -> c.estimate(year).scored())
			.sorted(Comparator.comparing((Country c) -> -c.estimate(year).score()).thenComparing(Country::name))
			.toList();
	}

	private static int rank(int year, Country country, List<Country> countries) {
		return CpiMethod.rank(country.estimate(year).score(),
				countries.stream().filter(c -> c.estimate(year).scored()).map(c -> c.estimate(year).score()).toList());
	}

	private static Country country(String name, String iso3, String region, Map<TiSource, BigDecimal> scores2023,
			Map<TiSource, BigDecimal> scores2024) {
		Map<Integer, Map<TiSource, BigDecimal>> scores = new LinkedHashMap<>();
		scores.put(2023, scores2023);
		scores.put(2024, scores2024);
		return new Country(name, iso3, region, scores);
	}

	/** Pairs of source and score (a number or its text). */
	public static Map<TiSource, BigDecimal> scores(Object... pairs) {
		Map<TiSource, BigDecimal> scores = new EnumMap<>(TiSource.class);
		IntStream.range(0, pairs.length / 2)
			.forEach(i -> scores.put((TiSource) pairs[2 * i], new BigDecimal(String.valueOf(pairs[2 * i + 1]))));
		return scores;
	}

	private static List<Object> row(Object... cells) {
		return new ArrayList<>(Arrays.asList(cells));
	}

}
