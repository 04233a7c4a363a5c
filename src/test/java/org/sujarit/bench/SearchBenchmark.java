package org.sujarit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sujarit.search.Search;
import org.sujarit.search.SearchBenchProbe;
import org.sujarit.search.SearchRequest;

/**
 * Thai full-text search on the generated dataset: 30 queries through the real {@link Search} facade
 * (Lucene, as a coordinator: a page of 20 highlighted hits, the hit count and the agency counts) against
 * the same queries in PostgreSQL with {@code ILIKE} (sequential scan) and with a {@code pg_trgm} GIN index
 * (created for this run only and dropped after), over the same text in the same run.
 *
 * <p>Ground truth, independent of any tokenizer: for each query a person wrote down the words it means
 * (e.g. "การติดสินบน" means ติดสินบน; "ความเสี่ยงการทุจริต" means เสี่ยง and ทุจริต); a report is relevant when
 * its narrative, problems or suggestions contain every one of those words as a string, after lower-casing
 * and turning Thai digits into Arabic ones. Recall = relevant reports found / relevant reports.
 */
final class SearchBenchmark {

	/** Columns searched by PostgreSQL and by the ground truth (Lucene also searches titles and file names). */
	static final String TEXT = "(coalesce(narrative, '') || ' ' || coalesce(problems, '') || ' ' || coalesce(suggestions, ''))";

	/** The queries as typed, and the words each means (the ground truth). */
	static final List<Query> QUERIES = List.of(new Query("สินบน", "สินบน"), new Query("การติดสินบน", "ติดสินบน"),
			new Query("ทุจริต", "ทุจริต"), new Query("การทุจริตคอร์รัปชัน", "ทุจริต", "คอร์รัปชัน"),
			new Query("ความโปร่งใส", "โปร่งใส"), new Query("งบประมาณ", "งบประมาณ"),
			new Query("ปีงบประมาณ ๒๕๖๕", "ปีงบประมาณ", "2565"), new Query("๒๕๖๕", "2565"),
			new Query("จัดซื้อจัดจ้าง", "จัดซื้อจัดจ้าง"), new Query("ผลประโยชน์ทับซ้อน", "ผลประโยชน์ทับซ้อน"),
			new Query("ธรรมาภิบาล", "ธรรมาภิบาล"), new Query("ข้อมูลข่าวสาร", "ข้อมูลข่าวสาร"),
			new Query("การเปิดเผยข้อมูล", "เปิดเผยข้อมูล"), new Query("การร้องเรียน", "ร้องเรียน"),
			new Query("เบาะแส", "เบาะแส"), new Query("คุณธรรม จริยธรรม", "คุณธรรม", "จริยธรรม"),
			new Query("ประมวลจริยธรรม", "ประมวลจริยธรรม"), new Query("No Gift Policy", "no gift policy"),
			new Query("ของขวัญ", "ของขวัญ"), new Query("ภาคประชาสังคม", "ภาคประชาสังคม"),
			new Query("รัฐบาลดิจิทัล", "รัฐบาลดิจิทัล"), new Query("ใบอนุญาต", "ใบอนุญาต"),
			new Query("ค่าธรรมเนียม", "ค่าธรรมเนียม"), new Query("ความเสี่ยงการทุจริต", "เสี่ยง", "ทุจริต"),
			new Query("CPI", "cpi"), new Query("ดัชนีการรับรู้การทุจริต", "ดัชนี", "รับรู้", "ทุจริต"),
			new Query("ป.ป.ช.", "ป.ป.ช."), new Query("อำนวยความสะดวก", "อำนวยความสะดวก"),
			new Query("เจ้าหน้าที่ของรัฐ", "เจ้าหน้าที่ของรัฐ"), new Query("ภาคเอกชน", "ภาคเอกชน"));

	private final BenchArgs args;

	private final Path dataDir;

	private final int rounds;

	private final int sqlRounds;

	private final boolean rebuild;

	private final boolean compareSql;

	private final double targetP95;

	private final double targetRecall;

	SearchBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.rounds = args.integer("rounds", 10);
		this.sqlRounds = args.integer("sql-rounds", 3);
		this.rebuild = args.flag("rebuild", true);
		this.compareSql = args.flag("compare-sql", true);
		this.targetP95 = Double.parseDouble(args.string("target-p95-ms", "50"));
		this.targetRecall = Double.parseDouble(args.string("target-recall", "0.95"));
	}

	void run() throws Exception {
		args.rejectUnknown();
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No benchmark database in " + dataDir + ": run 'generate' first");
		}
		Path indexDir = dataDir.resolveSibling(dataDir.getFileName() + "-search");
		if (rebuild && Files.exists(indexDir)) {
			try (var paths = Files.walk(indexDir)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		try (BenchApp app = BenchApp.start(dataDir)) {
			SearchBenchProbe probe = new SearchBenchProbe(app.context());
			System.out.printf(Locale.ROOT, "App started in %,d ms, %s the index: %,d documents, %.1f MB on disk%n",
					app.startMillis(), rebuild ? "including a full build of" : "including a catch-up of",
					probe.status().documents(), probe.sizeOnDisk() / 1048576.0);
			Search search = app.bean(Search.class);
			long coordinator;
			Map<Long, String> corpus = new java.util.HashMap<>();
			try (Connection connection = app.dataSource().getConnection()) {
				coordinator = Sql.single(connection, "select id from directory_user where username like ? order by id limit 1",
						DatasetGenerator.COORDINATOR_PREFIX + "%");
				try (PreparedStatement select = connection.prepareStatement("select id, " + TEXT + " from reporting_report where " + TEXT + " <> '  '")) {
					select.setFetchSize(1000);
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							corpus.put(rows.getLong(1), normalize(rows.getString(2)));
						}
					}
				}
			}
			System.out.printf(Locale.ROOT, "%,d reports with text (%,d MB) in the ground-truth corpus%n", corpus.size(),
					corpus.values().stream().mapToLong(ThaiNarratives::utf8Length).sum() >> 20);
			BenchApp.signInAsCoordinator(coordinator, "bench-search");

			List<Set<Long>> truth = new ArrayList<>();
			for (Query query : QUERIES) {
				Set<Long> relevant = new HashSet<>();
				corpus.forEach((id, text) -> {
					if (query.words().stream().allMatch(word -> text.contains(normalize(word)))) {
						relevant.add(id);
					}
				});
				truth.add(relevant);
			}

			Latencies lucene = new Latencies();
			for (int round = -2; round < rounds; round++) {
				for (Query query : QUERIES) {
					long t = System.nanoTime();
					search.search(new SearchRequest(query.text(), null, null, null, null, null, 1, 20));
					if (round >= 0) {
						lucene.add("lucene", System.nanoTime() - t, true);
					}
				}
			}
			for (int round = -2; round < rounds; round++) {
				for (Query query : QUERIES) {
					long t = System.nanoTime();
					probe.count(query.text());
					long counted = System.nanoTime();
					probe.top20(query.text());
					if (round >= 0) {
						lucene.add("lucene: match and count only", counted - t, true);
						lucene.add("lucene: rank top 20 + exact count", System.nanoTime() - counted, true);
					}
				}
			}
			List<Set<Long>> luceneHits = QUERIES.stream().map(query -> probe.reportIds(query.text())).toList();

			Latencies sql = new Latencies();
			List<Set<Long>> ilikeHits = new ArrayList<>();
			List<Set<Long>> trigramHits = new ArrayList<>();
			try (Connection connection = app.dataSource().getConnection()) {
				for (Query query : QUERIES) {
					ilikeHits.add(compareSql ? time(connection, query, sql, "ilike (no index)") : Set.of());
				}
				if (!compareSql) {
					QUERIES.forEach(query -> trigramHits.add(Set.of()));
				}
				long t = System.nanoTime();
				if (compareSql) {
				Sql.update(connection, "create extension if not exists pg_trgm");
				Sql.update(connection, "create index bench_search_trgm on reporting_report using gin (" + TEXT + " gin_trgm_ops)");
				Sql.update(connection, "analyze reporting_report");
				System.out.printf(Locale.ROOT, "pg_trgm GIN index built in %,d ms, %.1f MB%n", (System.nanoTime() - t) / 1_000_000,
						Sql.single(connection, "select pg_relation_size('bench_search_trgm')") / 1048576.0);
				try {
					for (Query query : QUERIES) {
						trigramHits.add(time(connection, query, sql, "pg_trgm gin + ilike"));
					}
				}
				finally {
					Sql.update(connection, "drop index bench_search_trgm");
					Sql.update(connection, "drop extension pg_trgm");
				}
				}
			}

			System.out.println();
			String header = String.format(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s %8s %8s", "query", "relevant", "lucene",
					"recall", "ilike", "recall", "trgm", "recall");
			System.out.println(header);
			System.out.println("-".repeat(header.length()));
			double[] sums = new double[3];
			for (int i = 0; i < QUERIES.size(); i++) {
				double[] recall = { recall(luceneHits.get(i), truth.get(i)), recall(ilikeHits.get(i), truth.get(i)),
						recall(trigramHits.get(i), truth.get(i)) };
				for (int k = 0; k < 3; k++) {
					sums[k] += recall[k];
				}
				System.out.printf(Locale.ROOT, "%-28s %,8d %,8d %8.3f %,8d %8.3f %,8d %8.3f%n", QUERIES.get(i).text(),
						truth.get(i).size(), luceneHits.get(i).size(), recall[0], ilikeHits.get(i).size(), recall[1],
						trigramHits.get(i).size(), recall[2]);
			}
			System.out.println("-".repeat(header.length()));
			int n = QUERIES.size();
			System.out.printf(Locale.ROOT, "%-28s %8s %8s %8.3f %8s %8.3f %8s %8.3f%n", "mean recall", "", "", sums[0] / n, "",
					sums[1] / n, "", sums[2] / n);
			System.out.println("(lucene's count includes reports matched only by their activity title or evidence names)");

			double luceneP95 = lucene.p95("lucene");
			lucene.print("Latency: Lucene through Search.search (page of 20, highlighted, counted), " + rounds
					+ " rounds of " + n + " queries", targetP95, List.of("lucene: match and count only", "lucene: rank top 20 + exact count"));
			sql.print("Latency: PostgreSQL, count(*) and the first 20 ids, " + sqlRounds + " rounds of " + n + " queries", targetP95,
					List.of());
			System.out.printf(Locale.ROOT, "%nTargets: Lucene p95 %.1f ms / %.0f ms = %.2f; Lucene mean recall %.3f / %.2f = %.2f%n",
					luceneP95, targetP95, luceneP95 / targetP95, sums[0] / n, targetRecall, sums[0] / n / targetRecall);
		}
	}

	/** Runs the query as a results page needs it (count and the first 20), timed; returns every id, untimed. */
	private Set<Long> time(Connection connection, Query query, Latencies latencies, String type) throws Exception {
		List<String> parts = List.of(query.text().strip().split("\\s+"));
		String where = String.join(" and ", parts.stream().map(part -> TEXT + " ilike ?").toList());
		Object[] params = parts.stream().map(part -> "%" + part.replace("%", "\\%").replace("_", "\\_") + "%").toArray();
		for (int round = -1; round < sqlRounds; round++) {
			long t = System.nanoTime();
			Sql.single(connection, "select count(*) from reporting_report where " + where, params);
			Sql.longs(connection, "select id from reporting_report where " + where + " order by id limit 20", params);
			if (round >= 0) {
				latencies.add(type, System.nanoTime() - t, true);
			}
		}
		return new HashSet<>(Sql.longs(connection, "select id from reporting_report where " + where, params));
	}

	private static double recall(Set<Long> found, Set<Long> relevant) {
		if (relevant.isEmpty()) {
			return 1.0;
		}
		return relevant.stream().filter(found::contains).count() / (double) relevant.size();
	}

	/** Lower case, NFC, Thai digits as Arabic digits. */
	static String normalize(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(nfc.length());
		for (int i = 0; i < nfc.length(); i++) {
			char c = nfc.charAt(i);
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}

	record Query(String text, List<String> words) {

		Query(String text, String... words) {
			this(text, List.of(words));
		}

	}

}
