package org.sujarit.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per data directory per JVM. Several Spring contexts (tests) share it;
 * the server stops when the JVM exits, after every context has closed its pool.
 */
final class EmbeddedPostgresServers {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	static EmbeddedPostgres obtain(Path dataDir, boolean clean) {
		return servers.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, clean));
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
				.start();
			// after every Spring context has closed its pool and flushed its work, not alongside them
			SpringApplication.getShutdownHandlers().add(() -> close(server));
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
