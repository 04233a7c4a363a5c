package org.sujarit.directory;

import org.sujarit.platform.web.DomainException;

/**
 * Minimum password strength: long enough and not trivially guessable. Length beats composition rules
 * (NIST SP 800-63B).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	static void check(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw DomainException.invalid("directory.user.password-too-short", MIN_LENGTH);
		}
		if (password.chars().distinct().count() < 4) {
			throw DomainException.invalid("directory.user.password-too-simple");
		}
	}

}
