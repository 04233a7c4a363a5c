package org.sujarit.cpi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 13 data sources of Transparency International's CPI, with the codes Sujarit stores them under. The 9
 * that assess Thailand carry the planning module's CPI source codes (WEF, IMD, PRS, GI, BF, WJP, EIU, PERC,
 * VDEM); the other 4 are AFDB, SGI, FH and WB. {@link #fromHeader} recognises a workbook column by the
 * names TI has used for the source since 2012 (including its misspellings), after
 * {@link #normalize normalising} case, punctuation and spacing.
 */
public enum TiSource {

	AFDB("African Development Bank CPIA", "\\baf?rican development bank\\b|\\bafdb\\b"),
	SGI("Bertelsmann Stiftung Sustainable Governance Index", "\\bsustainable governance\\b|\\bsgi\\b"),
	BF("Bertelsmann Stiftung Transformation Index", "\\btransformation\\b|\\bbti\\b|\\bbertelsmann\\b"),
	EIU("Economist Intelligence Unit Country Ratings", "\\beconomist intelligence\\b|\\beiu\\b"),
	FH("Freedom House Nations in Transit Ratings", "\\bfreedom house\\b|\\bnations in transit\\b|\\bfh\\b"),
	GI("S&P / Global Insight Country Risk Ratings", "\\bglobal insights?\\b|\\bs p\\b.*\\bcountry risk\\b|\\bihs\\b|\\bgi\\b"),
	IMD("IMD World Competitiveness Yearbook", "\\bimd\\b|\\bworld competitiveness\\b"),
	PERC("PERC Asia Risk Guide", "\\bperc\\b|\\basia risk\\b|\\bpolitical and economic risk\\b"),
	PRS("PRS International Country Risk Guide", "\\bprs\\b|\\bicrg\\b|\\binternationa?l country risk guide\\b"),
	VDEM("Varieties of Democracy Project", "\\bvarie?ties of democracy\\b|\\bv ?dem\\b"),
	WB("World Bank CPIA", "\\bworld bank\\b|\\bwb cpia\\b"),
	WEF("World Economic Forum EOS", "\\bworld economic forum\\b|\\bwef\\b"),
	WJP("World Justice Project Rule of Law Index", "\\bworld justice\\b|\\bwjp\\b");

	private final String tiName;

	private final Pattern header;

	TiSource(String tiName, String header) {
		this.tiName = tiName;
		this.header = Pattern.compile(header);
	}

	/** The name TI gives the source in its latest workbooks. */
	public String tiName() {
		return tiName;
	}

	public String code() {
		return name();
	}

	/** The source a workbook column header names, if any (the first match in this enum's order). */
	public static Optional<TiSource> fromHeader(String header) {
		String normalized = normalize(header);
		for (TiSource source : values()) {
			if (source.header.matcher(normalized).find()) {
				return Optional.of(source);
			}
		}
		return Optional.empty();
	}

	public static Optional<TiSource> fromCode(String code) {
		for (TiSource source : values()) {
			if (source.name().equals(code)) {
				return Optional.of(source);
			}
		}
		return Optional.empty();
	}

	/**
	 * Lower case, every run of characters other than letters and digits made one space, letters and digits
	 * that touch split apart ("CPI2016" → "cpi 2016"), trimmed.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String lower = text.toLowerCase(Locale.ROOT)
			.replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ");
		return lower.strip();
	}

}
