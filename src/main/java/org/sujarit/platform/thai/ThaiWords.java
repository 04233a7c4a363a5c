package org.sujarit.platform.thai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Thai text as words, for matching short texts (names, budget items) without an index: Lucene's Thai
 * analysis segments Thai with the JDK's dictionary (Thai has no spaces between words), lower-cases, reads
 * Thai digits as Arabic and drops Thai stop words (การ, ความ, และ ...). A text matches a query when it has
 * every word of the query — never a substring: ตา does not find ตาราง.
 */
public final class ThaiWords {

	private static final Analyzer ANALYZER = new ThaiAnalyzer();

	private ThaiWords() {
	}

	/** The words of a text, in order. */
	public static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return words;
		}
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	/** Whether the text has every word of the query (an empty query matches everything). */
	public static boolean matches(String text, Set<String> queryWords) {
		return queryWords.isEmpty() || new LinkedHashSet<>(of(text)).containsAll(queryWords);
	}

	/** The distinct words of a query. */
	public static Set<String> query(String query) {
		return new LinkedHashSet<>(of(query));
	}

}
