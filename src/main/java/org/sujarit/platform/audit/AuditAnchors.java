package org.sujarit.platform.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of the chain's head kept outside the database. A hash chain alone cannot show that its newest
 * entries were deleted (what remains still links up); an anchor written earlier names an entry that must
 * still exist with the same hash.
 */
public class AuditAnchors {

	private final Path file;

	public AuditAnchors(Path file) {
		this.file = file;
	}

	/** Appends the head if it moved since the last anchor. */
	synchronized void write(long seq, String hash) {
		List<Anchor> anchors = read();
		if (!anchors.isEmpty() && anchors.get(anchors.size() - 1).seq() == seq) {
			return;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, seq + " " + hash + " " + Instant.now() + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write audit anchor to " + file, ex);
		}
	}

	List<Anchor> read() {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			List<Anchor> anchors = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.strip().split(" ");
				if (parts.length >= 2) {
					anchors.add(new Anchor(Long.parseLong(parts[0]), parts[1]));
				}
			}
			return anchors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read audit anchors from " + file, ex);
		}
	}

	record Anchor(long seq, String hash) {
	}

}
