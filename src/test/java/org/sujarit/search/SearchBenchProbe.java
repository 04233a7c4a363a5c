package org.sujarit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.springframework.context.ApplicationContext;

/**
 * What the search benchmark (org.sujarit.bench) needs from inside the module, in test code only: every
 * report a query matches (for recall, which a page of results cannot show) and the index's size on disk.
 */
public final class SearchBenchProbe {

	private final SearchIndex index;

	private final SearchProperties properties;

	public SearchBenchProbe(ApplicationContext context) {
		this.index = context.getBean(SearchIndex.class);
		this.properties = context.getBean(SearchProperties.class);
	}

	/** The query's words, as the search page would search them. */
	public List<String> words(String text) {
		return ThaiAnalysis.terms(ThaiAnalysis.forQuery(), text);
	}

	/** Ids of every report the query matches, unfiltered (as a coordinator sees them). */
	public Set<Long> reportIds(String text) {
		var query = new BooleanQuery.Builder().add(Search.matches(words(text)), Occur.MUST)
			.add(new TermQuery(new Term(SearchDocuments.KIND, SearchHit.Kind.REPORT.name())), Occur.FILTER)
			.build();
		return index.search(searcher -> {
			ScoreDoc[] hits = searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs;
			StoredFields stored = searcher.storedFields();
			Set<Long> ids = new HashSet<>();
			for (ScoreDoc hit : hits) {
				ids.add(stored.document(hit.doc, Set.of(SearchDocuments.REF)).getField(SearchDocuments.REF).numericValue().longValue());
			}
			return ids;
		});
	}

	/** How many documents the query matches, without ranking, highlighting or agency counts. */
	public int count(String text) {
		var query = Search.matches(words(text));
		return index.search(searcher -> searcher.count(query));
	}

	/** The best 20 of the query's documents, ranked, with the exact count, without highlighting. */
	public long top20(String text) {
		var query = Search.matches(words(text));
		return index.search(searcher -> searcher
			.search(query, new org.apache.lucene.search.TopScoreDocCollectorManager(20, Integer.MAX_VALUE))
			.totalHits.value());
	}

	public SearchStatus status() {
		return index.status();
	}

	/** Bytes of the index in use. */
	public long sizeOnDisk() {
		Path dir = Path.of(index.status().directory());
		try (Stream<Path> files = Files.list(dir)) {
			return files.mapToLong(file -> file.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path indexDir() {
		return properties.indexDir();
	}

}
