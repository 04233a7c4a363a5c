package org.sujarit.reporting;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level differences between two texts. Thai has no spaces between words, so words are found with the
 * JDK's dictionary-based Thai word breaker rather than by splitting on whitespace.
 */
public final class TextDiff {

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** Beyond this many words a side, compare whole texts instead of words (cost is quadratic). */
	private static final int MAX_WORDS = 4_000;

	private TextDiff() {
	}

	public enum Kind {

		SAME, DELETED, INSERTED

	}

	public record Piece(Kind kind, String text) {
	}

	public static List<Piece> between(String before, String after) {
		List<String> a = words(before == null ? "" : before);
		List<String> b = words(after == null ? "" : after);
		if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
			return List.of(new Piece(Kind.DELETED, before), new Piece(Kind.INSERTED, after));
		}
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Piece> pieces = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				add(pieces, Kind.SAME, a.get(i++));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				add(pieces, Kind.DELETED, a.get(i++));
			}
			else {
				add(pieces, Kind.INSERTED, b.get(j++));
			}
		}
		while (i < a.size()) {
			add(pieces, Kind.DELETED, a.get(i++));
		}
		while (j < b.size()) {
			add(pieces, Kind.INSERTED, b.get(j++));
		}
		return pieces;
	}

	static List<String> words(String text) {
		BreakIterator breaker = BreakIterator.getWordInstance(THAI);
		breaker.setText(text);
		List<String> words = new ArrayList<>();
		int start = breaker.first();
		for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
			words.add(text.substring(start, end));
		}
		return words;
	}

	private static void add(List<Piece> pieces, Kind kind, String text) {
		if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
			Piece last = pieces.remove(pieces.size() - 1);
			pieces.add(new Piece(kind, last.text() + text));
		}
		else {
			pieces.add(new Piece(kind, text));
		}
	}

}
