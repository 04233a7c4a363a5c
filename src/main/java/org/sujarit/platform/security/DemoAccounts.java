package org.sujarit.platform.security;

import java.util.List;

/**
 * The sign-in names offered on the sign-in page in demo mode only. Provided by the demo data loader;
 * absent outside demo mode, so no default password is ever shown or accepted there.
 */
public record DemoAccounts(String password, List<Account> accounts) {

	public record Account(String username, String description) {
	}

}
