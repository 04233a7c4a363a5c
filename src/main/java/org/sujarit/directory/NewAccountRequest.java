package org.sujarit.directory;

import org.sujarit.platform.security.Role;

/**
 * What a person fills in to ask for an account. The password is hashed at once and never stored or
 * logged in clear.
 */
public record NewAccountRequest(long agencyId, String fullName, String positionTh, String email, String phone,
		String username, Role requestedRole, String password) {

	@Override
	public String toString() {
		return "NewAccountRequest[agencyId=" + agencyId + ", username=" + username + ", role=" + requestedRole + "]";
	}

}
