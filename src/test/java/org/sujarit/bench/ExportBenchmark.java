package org.sujarit.bench;

import java.io.OutputStream;
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
			HeapWatch.printHeader();
			for (String format : formats) {
				Reporting.ExportFormat exportFormat = Reporting.ExportFormat.valueOf(format.strip());
				Path file = outDir.resolve("round-" + roundId + "." + exportFormat.name().toLowerCase(Locale.ROOT));
				HeapWatch heap = HeapWatch.begin();
				long t = System.nanoTime();
				try (OutputStream out = Files.newOutputStream(file)) {
					reporting.exportProgress(roundId, acceptedOnly, exportFormat, Locale.forLanguageTag("th"), out);
				}
				double seconds = (System.nanoTime() - t) / 1e9;
				heap.finish();
				heap.printLine(exportFormat.name(), seconds, Files.size(file), targetSeconds);
			}
			System.out.printf(Locale.ROOT, "%nmax heap (-Xmx) %,d MB; peak heap = highest sampled heap use (every 10 ms) during the export;%n"
					+ "old gen after GC = old generation left after the last collection (the export's retained memory).%n"
					+ "Files are in %s%n", Runtime.getRuntime().maxMemory() >> 20, outDir.toAbsolutePath());
		}
	}

}
