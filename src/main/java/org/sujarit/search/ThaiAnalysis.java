package org.sujarit.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How Thai text becomes search terms. Lucene's {@link ThaiTokenizer} segments Thai into words with the JDK's
 * dictionary (Thai has no spaces between words), then like {@link ThaiAnalyzer}: lower case, Thai digits
 * to Arabic (๒๕๖๕ → 2565) and Thai stop words dropped (การ, ความ, และ ...).
 *
 * <p>The JDK's dictionary keeps some compounds whole (ติดสินบน, ปีงบประมาณ), so at indexing time a word
 * that contains a word of {@code search/thai-compound-parts.txt} is also indexed as that word, at the same
 * position: a search for สินบน finds การติดสินบน. Queries are not decompounded, so a search for ติดสินบน
 * stays precise.
 */
final class ThaiAnalysis {

	static final String COMPOUND_PARTS = "search/thai-compound-parts.txt";

	private ThaiAnalysis() {
	}

	/** The analyzer documents are indexed with: segmentation plus compound parts. */
	static Analyzer forIndex() {
		CharArraySet parts = compoundParts();
		return new ThaiWords(parts);
	}

	/** The analyzer queries are parsed with: segmentation only. */
	static Analyzer forQuery() {
		return new ThaiWords(null);
	}

	/** The terms a text gives with the analyzer, in order (for tests and for telling users what was searched). */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	static CharArraySet compoundParts() {
		try (InputStream in = ThaiAnalysis.class.getClassLoader().getResourceAsStream(COMPOUND_PARTS)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + COMPOUND_PARTS);
			}
			List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** File names separate words with _ (รายงาน_สินบน.pdf): read it as a space. */
	private static final NormalizeCharMap SEPARATORS = separators();

	private static NormalizeCharMap separators() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("_", " ");
		return map.build();
	}

	private static final class ThaiWords extends Analyzer {

		private final CharArraySet compoundParts;

		ThaiWords(CharArraySet compoundParts) {
			this.compoundParts = compoundParts;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new ThaiTokenizer();
			TokenStream result = new LowerCaseFilter(source);
			result = new DecimalDigitFilter(result);
			result = new StopFilter(result, ThaiAnalyzer.getDefaultStopSet());
			if (compoundParts != null) {
				// words of 4+ characters; parts of 3 to 20; every part found, not only the longest
				result = new DictionaryCompoundWordTokenFilter(result, compoundParts, 4, 3, 20, false);
			}
			return new TokenStreamComponents(source, result);
		}

		@Override
		protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
			return new MappingCharFilter(SEPARATORS, reader);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new DecimalDigitFilter(new LowerCaseFilter(in));
		}

	}

}
