package org.sujarit.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sujarit.directory.Directory;
import org.sujarit.opendata.BatchPackages;
import org.sujarit.opendata.CodeEntry;
import org.sujarit.opendata.OpenData;

/**
 * The national batch: every local government in the directory (7,849) with a 400-line budget in one
 * open-data CSV (3,139,600 lines, with printed totals and ~0.05 % planted mistakes, as for
 * opendata-validate), checked and packaged through {@link OpenData#packageBatch} — the method behind
 * {@code POST /api/v1/opendata/batch} — into a zip of every valid LAO's CSV, XLSX, datapackage.json and
 * CSVW with the batch report. Time includes reading the file from disk and writing the zip. See
 * bench/README.md.
 */
final class OpenDataBatchBenchmark {

	private static final int NATIONAL = 7_849;

	private final BenchArgs args;

	private final Path dataDir;

	private final int laos;

	private final int rowsPerLao;

	private final double errorRate;

	private final Path outDir;

	private final long seed;

	private final int threads;

	private final double targetSeconds;

	OpenDataBatchBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.laos = args.integer("laos", NATIONAL);
		this.rowsPerLao = args.integer("rows-per-lao", 400);
		this.errorRate = Double.parseDouble(args.string("error-rate", "0.0005"));
		this.outDir = args.path("out", "target/bench-opendata");
		this.seed = args.longValue("seed", 2569);
		this.threads = args.integer("threads", 0);
		this.targetSeconds = Double.parseDouble(args.string("target-seconds", "120"));
	}

	void run() throws Exception {
		args.rejectUnknown();
		Files.createDirectories(outDir);
		int lines = laos * rowsPerLao;
		Path csv = outDir.resolve("national-" + laos + "x" + rowsPerLao + ".csv");
		try (BenchApp app = BenchApp.start(dataDir, "--sujarit.opendata.batch.max-size=8GB",
				"--sujarit.opendata.batch.max-rows=" + (lines + 1), "--sujarit.opendata.batch.threads=" + threads)) {
			System.out.printf(Locale.ROOT, "App started in %,d ms%n", app.startMillis());
			OpenData openData = app.bean(OpenData.class);
			List<CodeEntry> codes = openData.codes();
			if (!Files.exists(csv)) {
				long t = System.nanoTime();
				int written = OpenDataValidateBenchmark.generate(csv, codes, app.bean(Directory.class), lines, rowsPerLao, seed,
						errorRate);
				System.out.printf(Locale.ROOT, "Generated %s: %,d lines of %,d LAOs in %.1f s%n", csv, lines, written,
						(System.nanoTime() - t) / 1e9);
			}
			System.out.printf(Locale.ROOT, "File %s: %,d lines, %.1f MB; %d CPUs; load %s%n", csv, lines,
					Files.size(csv) / 1048576.0, Runtime.getRuntime().availableProcessors(),
					OpenDataValidateBenchmark.loadAverage());
			BenchApp.signInAsCoordinator(0, "bench-opendata");
			HeapWatch heap = HeapWatch.begin();
			double[] cpuBefore = { ProcessCpu.jvmSeconds(), ProcessCpu.postgresSeconds(dataDir) };
			long t = System.nanoTime();
			BatchPackages result;
			try (InputStream in = Files.newInputStream(csv)) {
				result = openData.packageBatch(in, csv.getFileName().toString());
			}
			double seconds = (System.nanoTime() - t) / 1e9;
			heap.finish();
			double appCpu = ProcessCpu.jvmSeconds() - cpuBefore[0];
			double postgresCpu = ProcessCpu.postgresSeconds(dataDir) - cpuBefore[1];
			long zipBytes = result.zip() == null ? 0 : Files.size(result.zip());
			if (result.zip() != null) {
				Files.delete(result.zip());
			}
			System.out.printf(Locale.ROOT, "%n%,d lines of %,d LAOs checked, %,d LAOs packaged (%,d with errors), %,d errors; zip %.1f MB%n",
					result.report().rows(), result.outcomes().size(), result.packaged(),
					result.outcomes().size() - result.packaged(), result.report().errorCount(), zipBytes / 1048576.0);
			System.out.printf(Locale.ROOT, "time %.1f s = %,.0f lines/s; target %.0f s: %s%n", seconds,
					result.report().rows() / seconds, targetSeconds,
					seconds <= targetSeconds ? "met" : String.format(Locale.ROOT, "MISSED (%.1fx)", seconds / targetSeconds));
			System.out.printf(Locale.ROOT, "CPU: app JVM %.1f s, PostgreSQL %.1f s (%.0f%% of %d cores); heap before %d MB, peak %d MB, %d GCs (%d ms); load %s%n",
					appCpu, postgresCpu, 100 * (appCpu + postgresCpu) / seconds / Runtime.getRuntime().availableProcessors(),
					Runtime.getRuntime().availableProcessors(), heap.before() >> 20, heap.peak() >> 20, heap.gcCount(),
					heap.gcMillis(), OpenDataValidateBenchmark.loadAverage());
		}
	}

}
