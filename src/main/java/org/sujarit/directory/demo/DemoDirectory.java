package org.sujarit.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.sujarit.directory.imports.CsvParser;
import org.sujarit.platform.security.Role;

/**
 * The demo data files of the directory (see {@code demo/README.md}).
 */
final class DemoDirectory {

	static final String PASSWORD = "sujarit-demo";

	private DemoDirectory() {
	}

	record DemoUser(String username, Role role, String agencyCode, String workingGroup, String displayName,
			String description) {
	}

	record DemoRequest(String agencyCode, String fullName, String positionTh, String email, String phone,
			String username, Role role) {
	}

	static List<DemoUser> users() {
		return rows("demo/directory-users.csv").stream()
			.map(r -> new DemoUser(r.get(0), Role.valueOf(r.get(1)), blankToNull(r.get(2)), blankToNull(r.get(3)),
					r.get(4), r.get(5)))
			.toList();
	}

	static List<DemoRequest> requests() {
		return rows("demo/directory-account-requests.csv").stream()
			.map(r -> new DemoRequest(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), Role.valueOf(r.get(6))))
			.toList();
	}

	/** Data rows (header skipped), cells padded to the header's width. */
	static List<List<String>> rows(String resource) {
		List<List<String>> records = CsvParser.records(read(resource));
		int width = records.get(0).size();
		return records.stream().skip(1).map(cells -> {
			List<String> padded = new java.util.ArrayList<>(cells);
			while (padded.size() < width) {
				padded.add("");
			}
			return List.copyOf(padded);
		}).toList();
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
