package org.sujarit.platform.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in that refuses to check a password while its user name is throttled.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.blocked(authentication.getName())) {
			throw new LockedException("Too many failed sign-ins");
		}
		return super.authenticate(authentication);
	}

}
