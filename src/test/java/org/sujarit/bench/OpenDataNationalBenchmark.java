package org.sujarit.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.BudgetDocument;
import org.sujarit.opendata.CodeEntry;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.publish.DatasetToPublish;
import org.sujarit.platform.tabular.CsvWriter;

/**
 * The national batch: every local government in the directory (7,849) uploads a 400-line budget in the
 * template layout (CSV) through the real {@link OpenData#upload} — content check, file store, template
 * parser, lines stored with their audit trail, the check — and each valid document is packaged through
 * {@link OpenData#datasetToPublish} (CSV, datapackage.json, CSVW, XLSX and the source file written to
 * disk, then deleted). Runs on a database of its own ({@code target/bench-postgres-opendata}); each run
 * uses a fiscal year no earlier run used, so runs do not disturb each other. See bench/README.md.
 */
final class OpenDataNationalBenchmark {

	private static final List<String> KEYS = List.of("fiscal_year", "lao_code", "side", "plan", "work", "budget_group",
			"category", "expense_type", "expense_code", "item", "amount", "row_type");

	/** Local governments in the DLA list. */
	private static final int NATIONAL = 7_849;

	private final BenchArgs args;

	private final Path dataDir;

	private final int laoLimit;

	private final int lines;

	private final int threads;

	private final boolean packaging;

	private final long seed;

	private final double targetSeconds;

	OpenDataNationalBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres-opendata");
		this.laoLimit = args.integer("laos", Integer.MAX_VALUE);
		this.lines = args.integer("lines", 400);
		this.threads = args.integer("threads", 2);
		this.packaging = args.flag("package", true);
		this.seed = args.longValue("seed", 2569);
		this.targetSeconds = Double.parseDouble(args.string("target-seconds", "120"));
	}

	void run() throws Exception {
		args.rejectUnknown();
		try (BenchApp app = BenchApp.start(dataDir)) {
			System.out.printf(Locale.ROOT, "App started in %,d ms%n", app.startMillis());
			OpenData openData = app.bean(OpenData.class);
			List<CodeEntry> codes = openData.codes();
			List<Agency> laos = new ArrayList<>(app.bean(Directory.class)
				.select(new AgencySelector(AgencyType.localGovernments(), null, null, null)));
			laos.removeIf(a -> a.code() == null || !a.code().matches("[0-9]{7}"));
			laos.sort(Comparator.comparing(Agency::code));
			if (laos.size() > laoLimit) {
				laos = new ArrayList<>(laos.subList(0, laoLimit));
			}
			int year;
			long auditBefore;
			try (Connection connection = app.dataSource().getConnection()) {
				year = (int) Sql.single(connection, "select greatest(2569, coalesce(max(fiscal_year) + 1, 2569)) from opendata_document");
				auditBefore = Sql.single(connection, "select count(*) from audit_log");
			}
			OpenBudgets budgets = new OpenBudgets(codes);
			System.out.printf(Locale.ROOT, "%,d LAOs x %,d lines, fiscal year %d, %d thread(s), packaging %s; load %s%n",
					laos.size(), lines, year, threads, packaging, OpenDataValidateBenchmark.loadAverage());

			AtomicInteger next = new AtomicInteger();
			AtomicInteger valid = new AtomicInteger();
			AtomicLong generateNanos = new AtomicLong();
			AtomicLong uploadNanos = new AtomicLong();
			AtomicLong packageNanos = new AtomicLong();
			AtomicLong packageBytes = new AtomicLong();
			List<Agency> all = laos;
			String loadBefore = OpenDataValidateBenchmark.loadAverage();
			double[] cpuBefore = { ProcessCpu.jvmSeconds(), ProcessCpu.postgresSeconds(dataDir) };
			long started = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					BenchApp.signInAsCoordinator(0, "bench-opendata");
					for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
						Agency lao = all.get(i);
						long t0 = System.nanoTime();
						byte[] csv = template(budgets, new Random(seed + i), lao, year, lines);
						long t1 = System.nanoTime();
						long id = openData.upload(lao.id(), year, DocumentType.ORDINANCE, new ByteArrayInputStream(csv),
								"budget-" + lao.code() + ".csv", "text/csv");
						long t2 = System.nanoTime();
						BudgetDocument document = openData.document(id);
						if (document.valid()) {
							valid.incrementAndGet();
							if (packaging) {
								DatasetToPublish dataset = openData.datasetToPublish(id);
								packageBytes.addAndGet(delete(dataset));
							}
						}
						long t3 = System.nanoTime();
						generateNanos.addAndGet(t1 - t0);
						uploadNanos.addAndGet(t2 - t1);
						packageNanos.addAndGet(t3 - t2);
						if ((i + 1) % 500 == 0) {
							System.out.printf(Locale.ROOT, "  %,d LAOs after %.1f s; load %s%n", i + 1,
									(System.nanoTime() - started) / 1e9, OpenDataValidateBenchmark.loadAverage());
						}
					}
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
			pool.shutdown();
			double seconds = (System.nanoTime() - started) / 1e9;
			double appCpu = ProcessCpu.jvmSeconds() - cpuBefore[0];
			double postgresCpu = ProcessCpu.postgresSeconds(dataDir) - cpuBefore[1];
			long stored;
			long audit;
			try (Connection connection = app.dataSource().getConnection()) {
				stored = Sql.single(connection, """
						select count(*) from opendata_line l join opendata_document d on d.id = l.document_id
						where d.fiscal_year = ?""", year);
				audit = Sql.single(connection, "select count(*) from audit_log") - auditBefore;
			}
			// a run over part of the directory is projected to all of it at the same rate
			double national = seconds * NATIONAL / all.size();
			System.out.printf(Locale.ROOT, "%n%,d documents (%,d valid), %,d lines stored, %,d audit entries, in %.1f s = %,.0f lines/s%n",
					all.size(), valid.get(), stored, audit, seconds, stored / seconds);
			System.out.printf(Locale.ROOT, "%s %,d LAOs: %.0f s; target %.0f s: %s%n",
					all.size() >= NATIONAL ? "measured for" : "projected at this rate to", NATIONAL, national, targetSeconds,
					national <= targetSeconds ? "met" : "MISSED (" + String.format(Locale.ROOT, "%.1fx", national / targetSeconds) + ")");
			System.out.printf(Locale.ROOT, "thread time: generating %.1f s, upload+store+check %.1f s, packaging %.1f s (%.1f MB written)%n",
					generateNanos.get() / 1e9, uploadNanos.get() / 1e9, packageNanos.get() / 1e9, packageBytes.get() / 1048576.0);
			System.out.printf(Locale.ROOT, "per document: upload+store+check %.1f ms, packaging %.1f ms; load %s -> %s; %d CPUs%n",
					uploadNanos.get() / 1e6 / all.size(), packageNanos.get() / 1e6 / Math.max(1, valid.get()), loadBefore,
					OpenDataValidateBenchmark.loadAverage(), Runtime.getRuntime().availableProcessors());
			System.out.printf(Locale.ROOT, "CPU: app JVM %.1f s, PostgreSQL %.1f s = %.1f ms per document (%.0f%% of %d cores)%n",
					appCpu, postgresCpu, (appCpu + postgresCpu) * 1000 / all.size(),
					100 * (appCpu + postgresCpu) / seconds / Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().availableProcessors());
		}
	}

	/** One LAO's budget in the template layout, as an officer fills it (Thai names, printed totals). */
	private static byte[] template(OpenBudgets budgets, Random random, Agency lao, int year, int rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(rows * 300);
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row(new ArrayList<>(KEYS));
			for (OpenBudgets.Line line : budgets.budget(random, rows, 5, 3, 0)) {
				boolean total = !line.kind().equals("LINE");
				csv.row(total ? "" : String.valueOf(year), total ? "" : lao.code(),
						line.side() == null ? "" : line.side().nameTh(), line.plan() == null ? "" : line.plan().nameTh(),
						line.work(), line.group() == null ? "" : line.group().nameTh(),
						line.category() == null ? "" : line.category().nameTh(), line.expenseType(), line.expenseCode(),
						line.item(), line.amount(), total ? line.kind() : "");
			}
		}
		return out.toByteArray();
	}

	private static long delete(DatasetToPublish dataset) {
		long bytes = 0;
		Path dir = null;
		try {
			for (DatasetToPublish.Resource resource : dataset.resources()) {
				bytes += Files.size(resource.file());
				dir = resource.file().getParent();
				Files.deleteIfExists(resource.file());
			}
			if (dir != null) {
				Files.deleteIfExists(dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes;
	}

}
