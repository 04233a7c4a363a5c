package org.sujarit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A throwaway copy of a generated benchmark database for one run. The load test saves reports (each save
 * adds a version and audit entries), so runs on one database would each start heavier than the last and
 * stop being comparable; every run on a fresh copy starts from what {@code generate} wrote.
 */
final class RunCopy {

	private RunCopy() {
	}

	/**
	 * Replaces {@code copy} (and its sibling {@code -files} and {@code -search} directories) with a copy of
	 * the stopped database {@code generated} and its files. The search index is left out: the app builds it
	 * from the copy at start, before anything is measured.
	 */
	static void of(Path generated, Path copy) throws IOException {
		if (Files.exists(generated.resolve("postmaster.pid"))) {
			throw new IllegalStateException(generated + " is in use by a running PostgreSQL: stop it first");
		}
		DatasetGenerator.wipe(copy);
		copyTree(generated, copy);
		Path files = sibling(generated, "-files");
		if (Files.exists(files)) {
			copyTree(files, sibling(copy, "-files"));
		}
	}

	private static Path sibling(Path dir, String suffix) {
		return dir.resolveSibling(dir.getFileName() + suffix);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			walk.forEach(source -> {
				Path target = to.resolve(from.relativize(source).toString());
				try {
					// a directory is copied empty, with its permissions: PostgreSQL refuses a data directory
					// that others may read
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
