package org.sujarit.bench;

import java.util.Locale;

/**
 * Entry point of the benchmarks (not tests: nothing here runs in {@code ./mvnw verify}). See
 * {@code bench/README.md}.
 *
 * <pre>
 * generate  [--data-dir=target/bench-postgres] [--activities=1500] [--assignments=25000] [--rounds=2] ...
 * load      [--data-dir=...] [--users=200] [--duration=120s] [--think=1000-3000ms] ...
 * export    [--data-dir=...] [--round=largest|ID] [--formats=xlsx,csv] ...
 * search    [--data-dir=...] [--rounds=10] [--sql-rounds=3] [--rebuild=true]   (Lucene vs ILIKE vs pg_trgm)
 * db        [--data-dir=...] [--port=54329] [--for=30m]   (the database alone, for psql)
 * national-report [--data-dir=...] [--round=largest|ID] [--formats=docx,pdf,xlsx] [--accept=all|received|none] ...
 * opendata-validate [--lines=1000000] [--rows-per-lao=400] [--error-rate=0.0005] [--node=node] ...
 * opendata-batch [--laos=7849] [--rows-per-lao=400] [--threads=cores] (national batch: check and package one CSV)
 * opendata-national [--data-dir=target/bench-postgres-opendata] [--laos=all] [--lines=400] [--threads=2] ...
 * </pre>
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		if (args.length == 0 || args[0].equals("help")) {
			System.err.println("usage: BenchMain generate|load|export|search|db|national-report|opendata-validate|opendata-national|opendata-batch [--option=value ...]  (see bench/README.md)");
			System.exit(2);
		}
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("Sujarit benchmark '%s' on %d CPU(s), max heap %,d MB, %s %s, args %s%n", args[0],
				runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), String.join(" ", args));
		int status = 0;
		try {
			BenchArgs options = new BenchArgs(args, 1);
			switch (args[0]) {
				case "generate" -> new DatasetGenerator(options).run();
				case "load" -> status = new LoadBenchmark(options).run();
				case "export" -> new ExportBenchmark(options).run();
				case "search" -> new SearchBenchmark(options).run();
				case "db" -> new DatabaseShell(options).run();
				case "national-report" -> new NationalReportBenchmark(options).run();
				case "opendata-validate" -> new OpenDataValidateBenchmark(options).run();
				case "opendata-national" -> new OpenDataNationalBenchmark(options).run();
				case "opendata-batch" -> new OpenDataBatchBenchmark(options).run();
				default -> throw new IllegalArgumentException("Unknown benchmark " + args[0]);
			}
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		// stops the embedded PostgreSQL through Spring Boot's shutdown handlers
		System.exit(status);
	}

}
