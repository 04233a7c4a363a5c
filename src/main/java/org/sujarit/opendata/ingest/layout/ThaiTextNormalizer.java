package org.sujarit.opendata.ingest.layout;

import java.text.Normalizer;

/**
 * Thai text as PDFs and retyped spreadsheets give it, put back into the order and code points it was
 * typed in, so names can be matched: Unicode NFC; the Windows Thai fonts' private-use glyphs (U+F700–F71A,
 * tone marks and vowels shifted for display) mapped back to the letters they draw; sara am written as
 * nikhahit + sara aa (ํา, or าํ in drawing order) joined into ำ, with a tone mark moved before it; a tone
 * mark stored before the above or below vowel of its consonant moved after it; sara e typed twice (เเ)
 * read as sara ae (แ);
 * zero-width characters removed and the various spaces and line breaks read as one plain space.
 */
final class ThaiTextNormalizer {

	private static final char NIKHAHIT = '\u0E4D';

	private static final char SARA_AA = '\u0E32';

	private static final char SARA_AM = '\u0E33';

	/** U+F700 to U+F71A in order: what each Windows Thai private-use glyph draws. */
	private static final String PRIVATE_USE = "\u0E10\u0E34\u0E35\u0E36\u0E37\u0E48\u0E49\u0E4A\u0E4B\u0E4C"
			+ "\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E0D\u0E31\u0E4D\u0E47\u0E48\u0E49\u0E4A\u0E4B\u0E4C\u0E38\u0E39\u0E3A";

	private ThaiTextNormalizer() {
	}

	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uF700' && c <= '\uF71A') {
				out.append(PRIVATE_USE.charAt(c - '\uF700'));
			}
			else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
				continue;
			}
			else if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		reorderMarks(out);
		dropRepeatedMarks(out);
		String joined = out.toString().replace("\u0E40\u0E40", "\u0E41");
		return Normalizer.normalize(joined, Normalizer.Form.NFC).replaceAll(" {2,}", " ").strip();
	}

	/** Puts tone marks after vowels above/below and joins nikhahit + sara aa into sara am. */
	private static void reorderMarks(StringBuilder text) {
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			char next = text.charAt(i + 1);
			if ((isTone(c) || c == NIKHAHIT) && isVowelAboveOrBelow(next)) {
				text.setCharAt(i, next);
				text.setCharAt(i + 1, c);
				i = Math.max(-1, i - 2);
			}
			else if (c == NIKHAHIT && isTone(next)) {
				// nikhahit, tone, sara aa: the tone belongs before the sara am the other two make
				text.setCharAt(i, next);
				text.setCharAt(i + 1, c);
				i = Math.max(-1, i - 2);
			}
		}
		for (int i = 0; i + 1 < text.length(); i++) {
			if (text.charAt(i) == SARA_AA && text.charAt(i + 1) == NIKHAHIT) {
				// sara aa before nikhahit: the two halves of sara am read in drawing order
				text.setCharAt(i, NIKHAHIT);
				text.setCharAt(i + 1, SARA_AA);
			}
			if (text.charAt(i) == NIKHAHIT && text.charAt(i + 1) == SARA_AA) {
				text.replace(i, i + 2, String.valueOf(SARA_AM));
			}
			else if (text.charAt(i) == NIKHAHIT && text.charAt(i + 1) == SARA_AM) {
				// a shaped sara am extracted as its drawn nikhahit plus the whole character: one sara am
				text.deleteCharAt(i);
			}
		}
	}

	/** A tone mark drawn twice over one letter (text extracted from overlapping glyphs) is one mark. */
	private static void dropRepeatedMarks(StringBuilder text) {
		for (int i = text.length() - 1; i > 0; i--) {
			if (isTone(text.charAt(i)) && text.charAt(i) == text.charAt(i - 1)) {
				text.deleteCharAt(i);
			}
		}
	}

	private static boolean isTone(char c) {
		return c >= '\u0E48' && c <= '\u0E4C';
	}

	/** Sara i, ii, ue, uee, mai han-akat, maitaikhu and sara u, uu, phinthu. */
	private static boolean isVowelAboveOrBelow(char c) {
		return c >= '\u0E34' && c <= '\u0E3A' || c == '\u0E31' || c == '\u0E47';
	}

}
