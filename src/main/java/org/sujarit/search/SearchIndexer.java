package org.sujarit.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.Planning;
import org.sujarit.planning.SearchableActivity;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.SearchableReport;

/**
 * Fills the index from reporting and planning (through their facades): a full rebuild, a catch-up from
 * the watermark, or the documents one change touched. Reading a document and writing it happen under one
 * lock, so a catch-up that read a report before an event cannot overwrite what the event wrote.
 */
@Component
class SearchIndexer {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final Reporting reporting;

	private final Planning planning;

	private final JdbcClient jdbc;

	private final SearchProperties properties;

	private final ReentrantLock changes = new ReentrantLock();

	SearchIndexer(SearchIndex index, Reporting reporting, Planning planning, JdbcClient jdbc,
			SearchProperties properties) {
		this.index = index;
		this.reporting = reporting;
		this.planning = planning;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** At start: open the index and catch up, or rebuild it if it is missing, corrupt or outdated. */
	void start() {
		long started = System.nanoTime();
		if (index.open()) {
			int changed = catchUp();
			log.info("Search index opened: {} documents, {} caught up in {} ms", index.status().documents(), changed,
					(System.nanoTime() - started) / 1_000_000);
		}
		else {
			rebuild();
		}
	}

	/** Builds a new index from every report and activity and swaps it in. */
	void rebuild() {
		long started = System.nanoTime();
		index.rebuild(new SearchIndex.Source() {

			@Override
			public Instant load(IndexWriter writer) throws java.io.IOException {
				Instant at = databaseNow();
				long after = 0;
				for (List<SearchableReport> page; !(page = reporting.searchableReports(null, null, after, BATCH)).isEmpty();) {
					for (Document doc : reportDocuments(page).values()) {
						if (doc != null) {
							writer.addDocument(doc);
						}
					}
					after = page.get(page.size() - 1).id();
				}
				after = 0;
				for (List<SearchableActivity> page; !(page = planning.searchableActivities(null, after, BATCH)).isEmpty();) {
					for (SearchableActivity activity : page) {
						writer.addDocument(SearchDocuments.activity(activity));
					}
					after = page.get(page.size() - 1).id();
				}
				return at;
			}

			@Override
			public Map<String, Document> reread(Set<String> keys) {
				Map<String, Document> documents = new LinkedHashMap<>();
				for (String key : keys) {
					long id = Long.parseLong(key.substring(1));
					documents.put(key, key.startsWith("R") ? reportDocument(id) : activityDocument(id));
				}
				return documents;
			}

		});
		SearchStatus status = index.status();
		log.info("Search index rebuilt: {} documents in {} ms", status.documents(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Re-indexes everything changed since the watermark (less the margin) and moves the watermark; returns
	 * how many reports and activities were re-read. Nothing happens while a rebuild runs.
	 */
	int catchUp() {
		if (index.rebuilding() || !index.ready()) {
			return 0;
		}
		Instant watermark = index.watermark();
		Instant since = watermark == null ? null : watermark.minus(properties.catchUpMargin());
		Instant at = databaseNow();
		int count = reindexReports(since, null, false);
		long after = 0;
		for (List<SearchableActivity> page; !(page = planning.searchableActivities(since, after, BATCH)).isEmpty();) {
			for (SearchableActivity activity : page) {
				reindexActivity(activity.id());
			}
			count += page.size();
			after = page.get(page.size() - 1).id();
		}
		index.refresh();
		index.commit(at);
		return count;
	}

	/** Re-indexes one report; searches see it at the next refresh (within a second). */
	void reindexReport(long reportId) {
		inLock(() -> index.apply(singleton(SearchDocuments.reportKey(reportId), reportDocument(reportId)), false));
	}

	/** The activity's document and those of its reports, which carry its title. */
	void reindexActivity(long activityId) {
		inLock(() -> index.apply(singleton(SearchDocuments.activityKey(activityId), activityDocument(activityId))));
		reindexReports(null, activityId, true);
	}

	/** Re-reads and re-indexes reports page by page, each page read and written under the lock. */
	private int reindexReports(Instant since, Long activityId, boolean visible) {
		int count = 0;
		long[] after = { 0 };
		while (true) {
			List<SearchableReport> page = inLock(() -> {
				List<SearchableReport> read = reporting.searchableReports(since, activityId, after[0], BATCH);
				index.apply(reportDocuments(read), visible);
				return read;
			});
			if (page.isEmpty()) {
				return count;
			}
			count += page.size();
			after[0] = page.get(page.size() - 1).id();
		}
	}

	void commit() {
		index.commit(null);
	}

	void refresh() {
		index.refresh();
	}

	private Document reportDocument(long id) {
		return reporting.searchableReport(id)
			.map(report -> SearchDocuments.report(report, planning.activity(report.activityId()).orElse(null)))
			.orElse(null);
	}

	private Document activityDocument(long id) {
		List<SearchableActivity> found = planning.searchableActivities(null, id - 1, 1);
		return found.isEmpty() || found.get(0).id() != id ? null : SearchDocuments.activity(found.get(0));
	}

	private Map<String, Document> reportDocuments(List<SearchableReport> reports) {
		Map<Long, ActivitySummary> activities = planning
			.activities(reports.stream().map(SearchableReport::activityId).distinct().toList());
		Map<String, Document> documents = new LinkedHashMap<>();
		for (SearchableReport report : reports) {
			documents.put(SearchDocuments.reportKey(report.id()),
					SearchDocuments.report(report, activities.get(report.activityId())));
		}
		return documents;
	}

	private static Map<String, Document> singleton(String key, Document document) {
		Map<String, Document> map = new LinkedHashMap<>();
		map.put(key, document);
		return map;
	}

	private void inLock(Runnable work) {
		inLock(() -> {
			work.run();
			return null;
		});
	}

	private <T> T inLock(java.util.function.Supplier<T> work) {
		changes.lock();
		try {
			return work.get();
		}
		finally {
			changes.unlock();
		}
	}

	private Instant databaseNow() {
		return jdbc.sql("select now()").query(java.sql.Timestamp.class).single().toInstant();
	}

}
