package org.sujarit.directory;

import java.util.Set;

import org.sujarit.platform.security.Role;

/**
 * A user account to create.
 */
public record NewUser(String username, String displayName, String email, String phone, String positionTh,
		Long agencyId, Set<Role> roles, String workingGroup) {
}
