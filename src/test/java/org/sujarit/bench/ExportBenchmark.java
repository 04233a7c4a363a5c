package org.sujarit.bench;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import org.sujarit.reporting.Reporting;

/**
 * Exports one round's progress table through the real {@link Reporting#exportProgress} (XLSX and CSV) and
 * reports the time, the file size and the heap it took. Run it in a JVM with a small heap (the Maven
 * profile uses {@code -Xmx512m}) to show that memory stays bounded however large the round is.
 */
final class ExportBenchmark {

	private final BenchArgs args;

	private final Path dataDir;

	private final String roundOption;

	private final List<String> formats;

	private final boolean acceptedOnly;

	private final Path outDir;

	private final double targetSeconds;

	ExportBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.roundOption = args.string("round", "largest");
		this.formats = List.of(args.string("formats", "xlsx,csv").toUpperCase(Locale.ROOT).split(","));
		this.acceptedOnly = args.flag("accepted-only", false);
		this.outDir = args.path("out", "target/bench-export");
		this.targetSeconds = Double.parseDouble(args.string("target-seconds", "20"));
	}

	void run() throws Exception {
		args.rejectUnknown();
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No benchmark database in " + dataDir + ": run 'generate' first");
		}
		Files.createDirectories(outDir);
		try (BenchApp app = BenchApp.start(dataDir)) {
			System.out.printf(Locale.ROOT, "App started in %,d ms%n", app.startMillis());
			Reporting reporting = app.bean(Reporting.class);
			long roundId;
			long coordinator;
			Object[] stats;
			try (Connection connection = app.dataSource().getConnection()) {
				coordinator = Sql.single(connection, "select id from directory_user where username like ? order by id limit 1",
						DatasetGenerator.COORDINATOR_PREFIX + "%");
				roundId = roundOption.equals("largest")
						? Sql.single(connection, """
								select round_id from reporting_report group by round_id
								order by count(*) desc, count(*) filter (where state in ('SUBMITTED', 'APPROVED', 'ACCEPTED')) desc limit 1
								""")
						: Long.parseLong(roundOption);
				stats = Sql.rows(connection, """
						select count(*), count(*) filter (where state in ('SUBMITTED', 'APPROVED', 'ACCEPTED')),
						       count(*) filter (where state = 'ACCEPTED'), count(distinct activity_id),
						       coalesce(sum(octet_length(narrative)) filter (where state in ('SUBMITTED', 'APPROVED', 'ACCEPTED')), 0)
						from reporting_report where round_id = ?
						""", roundId).get(0);
			}
			System.out.printf(Locale.ROOT,
					"Round %d: %,d reports (%,d received, %,d accepted) on %,d activities; %,d MB of received narratives; acceptedOnly=%s%n",
					roundId, ((Number) stats[0]).longValue(), ((Number) stats[1]).longValue(), ((Number) stats[2]).longValue(),
					((Number) stats[3]).longValue(), ((Number) stats[4]).longValue() >> 20, acceptedOnly);
			BenchApp.signInAsCoordinator(coordinator, "bench-export");
			System.out.println();
			String header = String.format(Locale.ROOT, "%-6s %10s %12s %14s %14s %16s %10s %10s %12s", "format", "seconds",
					"file MB", "heap before MB", "peak heap MB", "old gen after GC", "GC count", "GC ms", "s/target");
			System.out.println(header);
			System.out.println("-".repeat(header.length()));
			for (String format : formats) {
				Reporting.ExportFormat exportFormat = Reporting.ExportFormat.valueOf(format.strip());
				Path file = outDir.resolve("round-" + roundId + "." + exportFormat.name().toLowerCase(Locale.ROOT));
				System.gc();
				long heapBefore = heapUsed();
				pools().forEach(MemoryPoolMXBean::resetPeakUsage);
				long[] gcBefore = gc();
				HeapSampler sampler = new HeapSampler();
				sampler.start();
				long t = System.nanoTime();
				try (OutputStream out = Files.newOutputStream(file)) {
					reporting.exportProgress(roundId, acceptedOnly, exportFormat, Locale.forLanguageTag("th"), out);
				}
				double seconds = (System.nanoTime() - t) / 1e9;
				sampler.finish();
				long[] gcAfter = gc();
				long oldAfterGc = pools().stream()
					.filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
					.mapToLong(p -> p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed())
					.max()
					.orElse(0);
				System.out.printf(Locale.ROOT, "%-6s %10.2f %12.1f %14d %14d %16d %10d %10d %12.2f%n", exportFormat, seconds,
						Files.size(file) / 1048576.0, heapBefore >> 20, Math.max(sampler.peak(), heapBefore) >> 20,
						oldAfterGc >> 20, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], seconds / targetSeconds);
			}
			System.out.printf(Locale.ROOT, "%nmax heap (-Xmx) %,d MB; peak heap = highest sampled heap use (every 10 ms) during the export;%n"
					+ "old gen after GC = old generation left after the last collection (the export's retained memory).%n"
					+ "Files are in %s%n", Runtime.getRuntime().maxMemory() >> 20, outDir.toAbsolutePath());
		}
	}

	private static List<MemoryPoolMXBean> pools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long[] gc() {
		long count = 0;
		long time = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, gc.getCollectionCount());
			time += Math.max(0, gc.getCollectionTime());
		}
		return new long[] { count, time };
	}

	/** Highest total heap use seen while running. */
	private static final class HeapSampler extends Thread {

		private volatile boolean running = true;

		private volatile long peak;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (running) {
				peak = Math.max(peak, heapUsed());
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		void finish() throws InterruptedException {
			running = false;
			join();
			peak = Math.max(peak, heapUsed());
		}

		long peak() {
			return peak;
		}

	}

}
