package org.sujarit.directory;

import java.util.Set;

import org.sujarit.platform.security.Role;

/**
 * A user account as administrators see it (never carries the password hash).
 */
public record UserAccount(long id, String username, String displayName, String email, String phone,
		String positionTh, Long agencyId, Set<Role> roles, String workingGroup, boolean enabled, int version) {
}
