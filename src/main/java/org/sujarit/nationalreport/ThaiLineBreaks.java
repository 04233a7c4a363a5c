package org.sujarit.nationalreport;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where OpenPDF may break a line: between Thai words (Thai is written without spaces, and OpenPDF alone
 * breaks it anywhere, even between a consonant and its vowel), found with the JDK's dictionary-based line
 * break iterator. OpenPDF asks about one character at a time of a text it keeps in one array while laying
 * out a cell or paragraph, so the breaks of the array are found once and remembered (and found again if
 * the array's text changed); OpenPDF lays a table cell out several times (its height, its rows split at a
 * page end, its drawing), each time in a new array, so the breaks of the last few texts are kept by
 * content. One instance per
 * document: not thread-safe.
 */
final class ThaiLineBreaks implements SplitCharacter {

	private final BreakIterator iterator = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));

	/**
	 * Texts seen lately and their breaks: OpenPDF lays a cell out several times, each time in a new array,
	 * and a table chunk of 20 rows × 6 cells is measured before it is drawn. About 4 MB at most.
	 */
	private final Map<Text, BitSet> recent = new LinkedHashMap<>(32, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Text, BitSet> eldest) {
			return size() > 512;
		}

	};

	private char[] text;

	private char[] copy = new char[0];

	private BitSet breaks = new BitSet();

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		// OpenPDF may reuse its buffer for another text: checked at the start of each line
		if (cc != text || current == start && (end > copy.length || !Arrays.equals(cc, start, end, copy, start, end))) {
			text = cc;
			copy = Arrays.copyOf(cc, Math.min(cc.length, end));
			breaks = recent.computeIfAbsent(new Text(copy), key -> breaks(key.chars()));
		}
		return breaks.get(current + 1);
	}

	/** A text as a map key, by content. */
	private record Text(char[] chars) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Text text && Arrays.equals(chars, text.chars);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(chars);
		}

		@Override
		public String toString() {
			return new String(chars);
		}

	}

	/** The positions a line may break at (before the character at that index). */
	BitSet breaks(char[] text) {
		BitSet breaks = new BitSet(text.length + 1);
		iterator.setText(new ArrayIterator(text));
		for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
			breaks.set(at);
		}
		return breaks;
	}

	/** A character iterator over an array, without copying it into a string. */
	private static final class ArrayIterator implements CharacterIterator {

		private final char[] text;

		private int index;

		ArrayIterator(char[] text) {
			this.text = text;
		}

		@Override
		public char first() {
			index = 0;
			return current();
		}

		@Override
		public char last() {
			index = Math.max(0, text.length - 1);
			return current();
		}

		@Override
		public char current() {
			return index < text.length ? text[index] : DONE;
		}

		@Override
		public char next() {
			index = Math.min(index + 1, text.length);
			return current();
		}

		@Override
		public char previous() {
			if (index == 0) {
				return DONE;
			}
			index--;
			return current();
		}

		@Override
		public char setIndex(int position) {
			if (position < 0 || position > text.length) {
				throw new IllegalArgumentException("Index " + position);
			}
			index = position;
			return current();
		}

		@Override
		public int getBeginIndex() {
			return 0;
		}

		@Override
		public int getEndIndex() {
			return text.length;
		}

		@Override
		public int getIndex() {
			return index;
		}

		@Override
		public Object clone() {
			ArrayIterator copy = new ArrayIterator(text);
			copy.index = index;
			return copy;
		}

	}

}
