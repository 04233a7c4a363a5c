package org.sujarit.directory;

import java.util.Arrays;

import org.sujarit.platform.thai.ThaiDigits;

/**
 * Turns what someone typed into ILIKE patterns, one per word, with the pattern characters escaped.
 */
final class SearchWords {

	private SearchWords() {
	}

	static String[] likePatterns(String text) {
		if (text == null || text.isBlank()) {
			return new String[0];
		}
		return Arrays.stream(ThaiDigits.toArabic(text).strip().split("\\s+"))
			.limit(8)
			.map(word -> "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toArray(String[]::new);
	}

}
