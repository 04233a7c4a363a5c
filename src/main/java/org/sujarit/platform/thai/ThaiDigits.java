package org.sujarit.platform.thai;

/**
 * Thai digits (เลขไทย ๐–๙), used in official documents, and their Arabic equivalents.
 */
public final class ThaiDigits {

	private static final char THAI_ZERO = '\u0E50';

	private ThaiDigits() {
	}

	public static String toThai(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
		}
		return out.toString();
	}

	public static String toArabic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
		}
		return out.toString();
	}

}
