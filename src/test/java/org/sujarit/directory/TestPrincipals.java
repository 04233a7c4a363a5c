package org.sujarit.directory;

import java.util.Set;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in people for MockMvc requests (the principal the application really uses).
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static SujaritUser principal(String username, Long agencyId, Role... roles) {
		return new SujaritUser(Math.abs((long) username.hashCode()), username, "{noop}unused", username, agencyId,
				Set.of(roles), null, true);
	}

	public static RequestPostProcessor admin() {
		return user(principal("test.admin", null, Role.SYSTEM_ADMIN));
	}

	public static RequestPostProcessor coordinator() {
		return user(principal("test.coordinator", null, Role.COORDINATOR));
	}

	public static RequestPostProcessor reporter(long agencyId) {
		return user(principal("test.reporter", agencyId, Role.AGENCY_REPORTER));
	}

	public static RequestPostProcessor approver(long agencyId) {
		return user(principal("test.approver", agencyId, Role.AGENCY_APPROVER));
	}

	public static RequestPostProcessor workingGroupMember() {
		return user(principal("test.wg", null, Role.WORKING_GROUP_MEMBER));
	}

}
