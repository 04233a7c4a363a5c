package org.sujarit.directory;

import org.sujarit.platform.security.Role;

/**
 * Filters for the user list; null means "any".
 */
public record UserQuery(String text, Role role, Long agencyId, Boolean enabled) {

	public static UserQuery all() {
		return new UserQuery(null, null, null, null);
	}

}
