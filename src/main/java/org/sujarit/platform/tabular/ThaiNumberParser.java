package org.sujarit.platform.tabular;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.platform.thai.ThaiDigits;

/**
 * Numbers as Thai officials type them into spreadsheets and forms: Arabic or Thai digits
 * ({@code ๑,๒๓๔.๕๐}), comma thousands separators (which must group by three, so {@code 1,5} is not
 * taken for 15), a dash alone ({@code -}, {@code –}, {@code —}) for zero as in accounting formats,
 * parentheses or a leading minus for negatives, an optional baht sign or trailing {@code บาท}, spaces
 * anywhere around. The scale is kept as written ({@code 1,234.50} → 1234.50). Anything else — words,
 * exponents, percentages, two signs — is not a number.
 */
public final class ThaiNumberParser {

	private static final Pattern NUMBER = Pattern.compile("([+-])?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)");

	private static final Pattern PARENTHESISED = Pattern.compile("\\((.*)\\)");

	private ThaiNumberParser() {
	}

	/** The number {@code text} holds, or empty when it holds none. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (plain(text)) {
			// most amounts in machine-written files: digits with an optional fraction, read without regexes
			return Optional.of(new BigDecimal(text));
		}
		String value = ThaiDigits.toArabic(text).replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]", "")
			.replace('\u2212', '-');
		if (value.isEmpty()) {
			return Optional.empty();
		}
		if (value.equals("-") || value.equals("\u2013") || value.equals("\u2014")) {
			return Optional.of(BigDecimal.ZERO);
		}
		boolean negative = false;
		Matcher parenthesised = PARENTHESISED.matcher(value);
		if (parenthesised.matches()) {
			negative = true;
			value = parenthesised.group(1);
		}
		value = withoutCurrency(value);
		Matcher number = NUMBER.matcher(value);
		if (!number.matches()) {
			return Optional.empty();
		}
		if (negative && number.group(1) != null) {
			return Optional.empty();
		}
		BigDecimal parsed = new BigDecimal(number.group(2).replace(",", ""));
		if (negative || "-".equals(number.group(1))) {
			parsed = parsed.negate();
		}
		return Optional.of(parsed);
	}

	/** Arabic digits, optionally a point and more digits: {@code 1234}, {@code 1234.50}. */
	private static boolean plain(String text) {
		int length = text.length();
		if (length == 0 || length > 30) {
			return false;
		}
		int point = -1;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '.' && point < 0 && i > 0) {
				point = i;
			}
			else if (c < '0' || c > '9') {
				return false;
			}
		}
		return point != length - 1;
	}

	private static String withoutCurrency(String value) {
		String stripped = value;
		if (stripped.endsWith("บาท")) {
			stripped = stripped.substring(0, stripped.length() - "บาท".length());
		}
		if (stripped.startsWith("฿")) {
			stripped = stripped.substring(1);
		}
		else if (stripped.length() > 1 && (stripped.charAt(0) == '-' || stripped.charAt(0) == '+')
				&& stripped.charAt(1) == '฿') {
			stripped = stripped.charAt(0) + stripped.substring(2);
		}
		return stripped;
	}

}
