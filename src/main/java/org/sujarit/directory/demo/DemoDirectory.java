package org.sujarit.directory.demo;

import java.util.List;

import org.sujarit.platform.security.Role;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * The demo data files of the directory (see {@code demo/README.md}).
 */
final class DemoDirectory {

	static final String PASSWORD = "sujarit-demo";

	private DemoDirectory() {
	}

	record DemoUser(String username, Role role, String agencyCode, String workingGroup, String displayName,
			String description, String email) {
	}

	record DemoRequest(String agencyCode, String fullName, String positionTh, String email, String phone,
			String username, Role role) {
	}

	static List<DemoUser> users() {
		return rows("demo/directory-users.csv").stream()
			.map(r -> new DemoUser(r.get(0), Role.valueOf(r.get(1)), blankToNull(r.get(2)), blankToNull(r.get(3)),
					r.get(4), r.get(5), blankToNull(r.get(6))))
			.toList();
	}

	static List<DemoRequest> requests() {
		return rows("demo/directory-account-requests.csv").stream()
			.map(r -> new DemoRequest(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), Role.valueOf(r.get(6))))
			.toList();
	}

	/** Data rows (header skipped), cells padded to the header's width. */
	static List<List<String>> rows(String resource) {
		return BundledCsv.read(resource).stream().map(row -> List.copyOf(row.values().values())).toList();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
