package org.sujarit.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory per JVM. Several Spring contexts (tests) share it;
 * the server stops when the JVM exits, after every context has closed its pool. JVM shutdown hooks run
 * concurrently, so the stop hook waits (at most {@link #STOP_GRACE}) for the pools still open: a context
 * that is still closing may need the database (e.g. Modulith's event registry), and a stopped server
 * would make it wait for a connection until Hikari's timeout.
 */
final class EmbeddedPostgresServers {

	static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	/** Pools open on each server, guarded by itself. */
	private static final Map<Path, int[]> leases = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	static EmbeddedPostgres obtain(Path dataDir, boolean clean) {
		return servers.computeIfAbsent(key(dataDir), dir -> start(dir, clean));
	}

	/** Records that a pool uses the server until {@link #release} is called. */
	static void lease(Path dataDir) {
		int[] count = leases.computeIfAbsent(key(dataDir), dir -> new int[1]);
		synchronized (count) {
			count[0]++;
		}
	}

	static void release(Path dataDir) {
		int[] count = leases.get(key(dataDir));
		if (count != null) {
			synchronized (count) {
				count[0]--;
				count.notifyAll();
			}
		}
	}

	private static void awaitReleased(Path dir) {
		int[] count = leases.get(dir);
		if (count == null) {
			return;
		}
		long deadline = System.nanoTime() + STOP_GRACE.toNanos();
		synchronized (count) {
			long left;
			while (count[0] > 0 && (left = deadline - System.nanoTime()) > 0) {
				try {
					count.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static Path key(Path dataDir) {
		return dataDir.toAbsolutePath().normalize();
	}

	private static EmbeddedPostgres start(Path dir, boolean clean) {
		try {
			Files.createDirectories(dir);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", clean ? "off" : "on")
				// stopped by our own hook below, once the pools have closed (zonky's hook would race them)
				.setRegisterShutdownHook(false)
				.start();
			// after every Spring context has closed (Boot runs these handlers last), and its pool with it
			SpringApplication.getShutdownHandlers().add(() -> {
				awaitReleased(dir);
				close(server);
			});
			log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, ex);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

}
