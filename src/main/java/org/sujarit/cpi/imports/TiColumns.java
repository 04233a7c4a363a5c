package org.sujarit.cpi.imports;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.cpi.TiSource;

/**
 * Recognises the column headers of TI's CPI workbooks by name, whatever the edition: case, spacing,
 * punctuation and a year anywhere in the header do not matter ("CPI score 2024", "CPI 2024 score",
 * "CPI Score 2013", "CPI2016"; "Country", "Country/Territory", "Country / Territory"; "Sources", "Number
 * of sources", "Number of Surveys Used"; "Standard error", "Std Error 2016"; "Lower CI", "90% Lower CI").
 */
final class TiColumns {

	enum Field {

		COUNTRY("Country / Territory"), ISO3("ISO3"), REGION("Region"), SCORE("CPI score"), RANK("Rank"),
		SOURCES("Number of sources"), STANDARD_ERROR("Standard error"), CI_LOW("Lower CI"), CI_HIGH("Upper CI"),
		SOURCE("source");

		private final String label;

		Field(String label) {
			this.label = label;
		}

		/** The header TI uses today, for messages about a missing column. */
		String label() {
			return label;
		}

	}

	/** A recognised header: its field, the year it names (null if none) and, for a source, which. */
	record Header(Field field, Integer year, TiSource source) {
	}

	private static final Pattern YEAR = Pattern.compile("\\b(199[5-9]|20\\d\\d)\\b");

	private static final Set<String> ISO = Set.of("iso 3", "iso", "iso code", "iso 3 code", "iso alpha 3");

	private static final Set<String> SCORE = Set.of("cpi score", "cpi", "score", "cpi score score");

	private static final Set<String> RANK = Set.of("rank", "country rank", "cpi rank");

	private static final Set<String> SOURCES = Set.of("sources", "number of sources", "number of sources used",
			"number of surveys used", "surveys used", "no of sources");

	private static final Set<String> STANDARD_ERROR = Set.of("standard error", "std error", "se");

	private TiColumns() {
	}

	static Optional<Header> header(String text) {
		String normalized = TiSource.normalize(text);
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		Matcher matcher = YEAR.matcher(normalized);
		Integer year = matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
		String base = YEAR.matcher(normalized).replaceAll(" ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		Field field = field(base);
		if (field != null) {
			return Optional.of(new Header(field, year, null));
		}
		return TiSource.fromHeader(text).map(source -> new Header(Field.SOURCE, year, source));
	}

	private static Field field(String base) {
		if (base.equals("country") || base.startsWith("country territory") || base.equals("country name")) {
			return Field.COUNTRY;
		}
		if (ISO.contains(base)) {
			return Field.ISO3;
		}
		if (base.equals("region")) {
			return Field.REGION;
		}
		if (SCORE.contains(base)) {
			return Field.SCORE;
		}
		if (RANK.contains(base)) {
			return Field.RANK;
		}
		if (SOURCES.contains(base)) {
			return Field.SOURCES;
		}
		if (STANDARD_ERROR.contains(base)) {
			return Field.STANDARD_ERROR;
		}
		boolean interval = base.contains("ci") || base.contains("confidence") || base.contains("bound");
		if (base.contains("lower") && interval) {
			return Field.CI_LOW;
		}
		if ((base.contains("upper") || base.contains("higher")) && interval) {
			return Field.CI_HIGH;
		}
		return null;
	}

	/** A year named in free text such as a sheet name ("CPI2024") or a title ("CPI 2024: Global scores"). */
	static Optional<Integer> year(String text) {
		Matcher matcher = YEAR.matcher(TiSource.normalize(text));
		return matcher.find() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
	}

}
