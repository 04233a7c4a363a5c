package org.sujarit.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import org.sujarit.nationalreport.NationalReport;
import org.sujarit.nationalreport.ReportFormat;
import org.sujarit.nationalreport.ReportRequest;

/**
 * Compiles the national annual report of the largest round through the real {@link NationalReport#write}
 * (DOCX, PDF, XLSX, in that order) and reports the time, the file size and the heap each took. The report
 * is made of accepted reports only, and the generated dataset accepts few of an open round's reports, so
 * the benchmark first accepts the round's reports with one SQL statement ({@code --accept}, see
 * bench/README.md). Run it in a JVM limited to 1 GB of heap ({@code -Dbench.heap=1g}).
 */
final class NationalReportBenchmark {

	private final BenchArgs args;

	private final Path dataDir;

	private final String roundOption;

	private final List<String> formats;

	private final String accept;

	private final Path outDir;

	private final double targetSeconds;

	private final String cpiYear;

	NationalReportBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.roundOption = args.string("round", "largest");
		this.formats = List.of(args.string("formats", "docx,pdf,xlsx").split(","));
		this.accept = args.string("accept", "all");
		this.outDir = args.path("out", "target/bench-national-report");
		this.targetSeconds = Double.parseDouble(args.string("target-seconds", "60"));
		this.cpiYear = args.string("cpi-year", "latest");
	}

	void run() throws Exception {
		args.rejectUnknown();
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No benchmark database in " + dataDir + ": run 'generate' first");
		}
		if (!List.of("all", "received", "none").contains(accept)) {
			throw new IllegalArgumentException("--accept must be all, received or none");
		}
		Files.createDirectories(outDir);
		try (BenchApp app = BenchApp.start(dataDir)) {
			System.out.printf(Locale.ROOT, "App started in %,d ms%n", app.startMillis());
			long roundId;
			long coordinator;
			try (Connection connection = app.dataSource().getConnection()) {
				coordinator = Sql.single(connection, "select id from directory_user where username like ? order by id limit 1",
						DatasetGenerator.COORDINATOR_PREFIX + "%");
				roundId = roundOption.equals("largest")
						? Sql.single(connection, "select round_id from reporting_report group by round_id order by count(*) desc limit 1")
						: Long.parseLong(roundOption);
				accept(connection, roundId);
				Object[] stats = Sql.rows(connection, """
						select count(*), count(*) filter (where state = 'ACCEPTED'), count(distinct activity_id) filter (where state = 'ACCEPTED'),
						       coalesce(sum(octet_length(narrative)) filter (where state = 'ACCEPTED'), 0)
						from reporting_report where round_id = ?
						""", roundId).get(0);
				System.out.printf(Locale.ROOT, "Round %d: %,d reports, %,d accepted on %,d activities; %,d MB of accepted narratives%n",
						roundId, ((Number) stats[0]).longValue(), ((Number) stats[1]).longValue(), ((Number) stats[2]).longValue(),
						((Number) stats[3]).longValue() >> 20);
			}
			BenchApp.signInAsCoordinator(coordinator, "bench-national-report");
			NationalReport reports = app.bean(NationalReport.class);
			Integer year = cpiYear.equals("none") ? null
					: cpiYear.equals("latest") ? reports.cpiYears().stream().findFirst().orElse(null) : Integer.valueOf(cpiYear);
			System.out.printf(Locale.ROOT, "CPI section: %s%n%n", year == null ? "none" : year);
			HeapWatch.printHeader();
			for (String name : formats) {
				ReportFormat format = ReportFormat.ofExtension(name.strip());
				Path file = outDir.resolve("national-report-" + roundId + "." + format.extension());
				HeapWatch heap = HeapWatch.begin();
				long t = System.nanoTime();
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
					reports.write(new ReportRequest(roundId, format, year, Locale.forLanguageTag("th")), out);
				}
				double seconds = (System.nanoTime() - t) / 1e9;
				heap.finish();
				heap.printLine(format.name(), seconds, Files.size(file), targetSeconds);
			}
			System.out.printf(Locale.ROOT, "%nmax heap (-Xmx) %,d MB; targets: < %.0f s and peak heap < 1 GB per format.%n"
					+ "Files are in %s%n", Runtime.getRuntime().maxMemory() >> 20, targetSeconds, outDir.toAbsolutePath());
		}
	}

	/**
	 * Accepts the round's reports in one statement: {@code received} those the agencies sent (submitted,
	 * approved, or returned/draft with a narrative), {@code all} every report, the ones without a narrative
	 * given another report's. Benchmark setup, not the system's workflow: the audit triggers are skipped for
	 * this transaction (session_replication_role), so the dataset lacks audit entries for it.
	 */
	private void accept(Connection connection, long roundId) throws Exception {
		if (accept.equals("none")) {
			return;
		}
		long t = System.nanoTime();
		connection.setAutoCommit(false);
		Sql.update(connection, "set local session_replication_role = replica");
		int accepted = Sql.update(connection, """
				update reporting_report r
				set state = 'ACCEPTED', progress_status = coalesce(r.progress_status, 'ON_TRACK'),
				    narrative = coalesce(r.narrative, (select s.narrative from reporting_report s
				                                       where s.round_id = r.round_id and s.narrative is not null
				                                       order by s.id limit 1)),
				    submitted_at = coalesce(r.submitted_at, now()), first_submitted_at = coalesce(r.first_submitted_at, now()),
				    approved_at = coalesce(r.approved_at, now()), accepted_at = coalesce(r.accepted_at, now())
				where r.round_id = ? and r.state <> 'ACCEPTED' and (? or r.narrative is not null)
				""", roundId, accept.equals("all"));
		connection.commit();
		connection.setAutoCommit(true);
		System.out.printf(Locale.ROOT, "Accepted %,d more reports of round %d by SQL (--accept=%s) in %,d ms%n", accepted, roundId,
				accept, (System.nanoTime() - t) / 1_000_000);
	}

}
