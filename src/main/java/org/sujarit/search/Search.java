package org.sujarit.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * The search module's facade: Thai full-text search limited to what the signed-in user may read, the
 * index's status, and a rebuild.
 */
@Service
public class Search {

	/** Hits read to count agencies for the agency filter. */
	static final int AGENCY_COUNT_LIMIT = 20;

	/** Characters a highlighted fragment aims at (phrases are whole: Thai separates them with spaces). */
	static final int FRAGMENT_LENGTH = 160;

	private final SearchIndex index;

	private final SearchIndexer indexer;

	private final Analyzer queryAnalyzer = ThaiAnalysis.forQuery();

	Search(SearchIndex index, SearchIndexer indexer) {
		this.index = index;
		this.indexer = indexer;
	}

	/**
	 * Searches for every word of the request's text (Thai segmented into words; no query syntax: symbols
	 * are ignored) among the reports the user may read and all activities.
	 */
	public SearchResults search(SearchRequest request) {
		SujaritUser user = CurrentUser.require();
		if (request.text().isEmpty()) {
			throw DomainException.invalid("search.query.empty");
		}
		if (request.text().length() > SearchRequest.MAX_LENGTH) {
			throw DomainException.invalid("search.query.too-long", SearchRequest.MAX_LENGTH);
		}
		List<String> words = new ArrayList<>(new LinkedHashSet<>(ThaiAnalysis.terms(queryAnalyzer, request.text())));
		if (words.isEmpty()) {
			throw DomainException.invalid("search.query.no-words");
		}
		Query matches = matches(words);
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matches, Occur.MUST);
		filters(request).forEach(filter -> query.add(filter, Occur.FILTER));
		Query readable = readableBy(user);
		if (readable != null) {
			query.add(readable, Occur.FILTER);
		}
		Query built = query.build();
		return index.search(searcher -> {
			int wanted = request.page() * request.pageSize();
			// one pass over the hits: the best ones, the exact count and, unless filtered by agency, the agency counts
			var top = new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
			Object[] results = searcher.search(built, new MultiCollectorManager(top, AGENCY_COUNTS));
			TopDocs topDocs = (TopDocs) results[0];
			@SuppressWarnings("unchecked")
			Map<String, Long> agencies = request.agencyId() == null ? (Map<String, Long>) results[1]
					: searcher.search(withoutAgency(request, matches, readable), AGENCY_COUNTS);
			int from = Math.min((request.page() - 1) * request.pageSize(), topDocs.scoreDocs.length);
			ScoreDoc[] page = java.util.Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
			List<SearchHit> hits = hits(searcher, matches, page);
			return new SearchResults(request.text(), words, topDocs.totalHits.value(), request.page(), request.pageSize(),
					hits, mostHits(agencies));
		});
	}

	public SearchStatus status() {
		return index.status();
	}

	/** Starts a rebuild in the background (searches keep answering from the current index meanwhile). */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void rebuild() {
		if (index.rebuilding()) {
			throw DomainException.conflict("search.rebuild.running");
		}
		Thread.ofVirtual().name("search-rebuild").start(indexer::rebuild);
	}

	/** Each word in at least one text field; the title counts double. */
	static Query matches(List<String> words) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String word : words) {
			BooleanQuery.Builder anyField = new BooleanQuery.Builder();
			for (String field : SearchDocuments.TEXT_FIELDS) {
				Query term = new TermQuery(new Term(field, word));
				anyField.add(field.equals(SearchDocuments.TITLE) ? new org.apache.lucene.search.BoostQuery(term, 2f) : term,
						Occur.SHOULD);
			}
			all.add(anyField.build(), Occur.MUST);
		}
		return all.build();
	}

	private static List<Query> filters(SearchRequest request) {
		List<Query> filters = new ArrayList<>();
		if (request.fiscalYear() != null) {
			filters.add(term(SearchDocuments.FISCAL_YEAR, request.fiscalYear().toString()));
		}
		if (request.roundId() != null) {
			filters.add(term(SearchDocuments.ROUND, request.roundId().toString()));
		}
		if (request.sourceCode() != null) {
			filters.add(term(SearchDocuments.SOURCE, request.sourceCode()));
		}
		if (request.agencyId() != null) {
			filters.add(term(SearchDocuments.AGENCY, request.agencyId().toString()));
		}
		if (request.state() != null) {
			filters.add(term(SearchDocuments.STATE, request.state().name()));
		}
		return filters;
	}

	private static Query withoutAgency(SearchRequest request, Query matches, Query readable) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matches, Occur.MUST);
		filters(new SearchRequest(request.text(), request.fiscalYear(), request.roundId(), request.sourceCode(), null,
				request.state(), 1, 1)).forEach(filter -> query.add(filter, Occur.FILTER));
		if (readable != null) {
			query.add(readable, Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * The documents the user may see, as reporting's read rule says (ReportWorkflow.canRead): coordinators
	 * and administrators everything (null: no filter); others every activity, their own agency's reports,
	 * and, for a working-group member, the accepted reports of activities aimed at their working group.
	 */
	static Query readableBy(SujaritUser user) {
		if (user.seesAllAgencies()) {
			return null;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(term(SearchDocuments.KIND, SearchHit.Kind.ACTIVITY.name()), Occur.SHOULD);
		if (user.agencyId() != null) {
			any.add(new BooleanQuery.Builder().add(term(SearchDocuments.KIND, SearchHit.Kind.REPORT.name()), Occur.FILTER)
				.add(term(SearchDocuments.AGENCY, user.agencyId().toString()), Occur.FILTER)
				.build(), Occur.SHOULD);
		}
		if (user.has(Role.WORKING_GROUP_MEMBER) && user.workingGroup() != null) {
			any.add(new BooleanQuery.Builder().add(term(SearchDocuments.KIND, SearchHit.Kind.REPORT.name()), Occur.FILTER)
				.add(term(SearchDocuments.GROUP, user.workingGroup()), Occur.FILTER)
				.add(term(SearchDocuments.STATE, "ACCEPTED"), Occur.FILTER)
				.build(), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

	private List<SearchHit> hits(IndexSearcher searcher, Query matches, ScoreDoc[] page) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '),
					FRAGMENT_LENGTH, 0.5f))
			.withMaxLength(200_000)
			.withMaxNoHighlightPassages(0)
			.build();
		String[] fields = SearchDocuments.TEXT_FIELDS.toArray(String[]::new);
		int[] passages = new int[fields.length];
		java.util.Arrays.fill(passages, 2);
		passages[0] = 1;
		int[] docIds = java.util.Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
		Map<String, String[]> highlights = highlighter.highlightFields(fields, matches, docIds, passages);
		StoredFields stored = searcher.storedFields();
		Set<String> wanted = Set.of(SearchDocuments.KIND, SearchDocuments.REF, SearchDocuments.ACTIVITY,
				SearchDocuments.ACTIVITY_CODE, SearchDocuments.FISCAL_YEAR, SearchDocuments.ROUND,
				SearchDocuments.ROUND_KIND, SearchDocuments.SOURCE, SearchDocuments.AGENCY, SearchDocuments.STATE,
				SearchDocuments.TITLE);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			Document doc = stored.document(page[i].doc, wanted);
			String title = highlights.get(SearchDocuments.TITLE)[i];
			if (title == null) {
				title = escape(doc.get(SearchDocuments.TITLE));
			}
			List<String> fragments = new ArrayList<>();
			for (int f = 1; f < fields.length; f++) {
				String fragment = highlights.get(fields[f])[i];
				if (fragment != null) {
					fragments.add(fragment);
				}
			}
			SearchHit.Kind kind = SearchHit.Kind.valueOf(doc.get(SearchDocuments.KIND));
			hits.add(new SearchHit(kind, doc.getField(SearchDocuments.REF).numericValue().longValue(),
					Long.parseLong(doc.get(SearchDocuments.ACTIVITY)), doc.get(SearchDocuments.ACTIVITY_CODE), title,
					fragments, integer(doc.get(SearchDocuments.FISCAL_YEAR)), number(doc.get(SearchDocuments.ROUND)),
					doc.get(SearchDocuments.ROUND_KIND), doc.get(SearchDocuments.SOURCE),
					number(doc.get(SearchDocuments.AGENCY)), doc.get(SearchDocuments.STATE), page[i].score));
		}
		return hits;
	}

	/** Counts every hit per agency (for the agency filter). */
	private static final CollectorManager<AgencyCounter, Map<String, Long>> AGENCY_COUNTS = new CollectorManager<>() {

		@Override
		public AgencyCounter newCollector() {
			return new AgencyCounter();
		}

		@Override
		public Map<String, Long> reduce(java.util.Collection<AgencyCounter> collectors) {
			Map<String, Long> all = new HashMap<>();
			for (AgencyCounter collector : collectors) {
				try {
					collector.counts().forEach((agency, n) -> all.merge(agency, n, Long::sum));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
			return all;
		}

	};

	/** The agencies with most hits, most first. */
	private static List<SearchResults.AgencyCount> mostHits(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(AGENCY_COUNT_LIMIT)
			.map(entry -> new SearchResults.AgencyCount(Long.parseLong(entry.getKey()), entry.getValue()))
			.toList();
	}

	private static String escape(String text) {
		return text == null ? "" : org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static Integer integer(String value) {
		return value == null ? null : Integer.valueOf(value);
	}

	private static Long number(String value) {
		return value == null ? null : Long.valueOf(value);
	}

	/** Counts hits per agency: by ordinal within a segment, turned into agency ids once per segment. */
	private static final class AgencyCounter extends SimpleCollector {

		private final Map<String, Long> counts = new HashMap<>();

		private SortedSetDocValues agencies;

		private long[] perOrdinal = new long[0];

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			flush();
			agencies = context.reader().getSortedSetDocValues(SearchDocuments.AGENCY);
			perOrdinal = agencies == null ? new long[0] : new long[(int) agencies.getValueCount()];
		}

		@Override
		public void collect(int doc) throws IOException {
			if (agencies != null && agencies.advanceExact(doc)) {
				perOrdinal[(int) agencies.nextOrd()]++;
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		Map<String, Long> counts() throws IOException {
			flush();
			return counts;
		}

		private void flush() throws IOException {
			for (int ord = 0; ord < perOrdinal.length; ord++) {
				if (perOrdinal[ord] > 0) {
					counts.merge(agencies.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
				}
			}
			perOrdinal = new long[0];
		}

	}

}
