package org.sujarit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Opens the benchmark database (no app) for a while so that it can be examined with psql, e.g. to
 * {@code explain analyze} the queries behind a slow page. Stops by itself.
 */
final class DatabaseShell {

	private final BenchArgs args;

	DatabaseShell(BenchArgs args) {
		this.args = args;
	}

	void run() throws Exception {
		Path dataDir = args.path("data-dir", "target/bench-postgres");
		Duration open = args.duration("for", "30m");
		int port = args.integer("port", 54329);
		args.rejectUnknown();
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No benchmark database in " + dataDir + ": run 'generate' first");
		}
		try (EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start()) {
			System.out.printf(Locale.ROOT, "psql -h 127.0.0.1 -p %d -U postgres   (open for %s; Ctrl-C to stop)%n",
					server.getPort(), open);
			Thread.sleep(open.toMillis());
		}
	}

}
