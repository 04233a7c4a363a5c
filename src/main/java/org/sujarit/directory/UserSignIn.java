package org.sujarit.directory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up accounts for password sign-in.
 */
@Service
class UserSignIn implements UserDetailsService {

	private final UserAccountRepository users;

	UserSignIn(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findPrincipal(username.strip()).orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
