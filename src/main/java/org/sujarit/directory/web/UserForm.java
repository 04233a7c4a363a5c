package org.sujarit.directory.web;

import java.util.Set;

import org.sujarit.directory.UserAccount;
import org.sujarit.platform.security.Role;

/**
 * An administrator's changes to an account; unticked boxes send nothing, hence {@code Boolean}.
 */
record UserForm(Set<Role> roles, Boolean enabled, String workingGroup, int version) {

	static UserForm of(UserAccount account) {
		return new UserForm(account.roles(), account.enabled(), account.workingGroup(), account.version());
	}

	public boolean isEnabled() {
		return Boolean.TRUE.equals(enabled);
	}

	public Set<Role> chosenRoles() {
		return roles == null ? Set.of() : roles;
	}

}
