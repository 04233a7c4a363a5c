package org.sujarit.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.platform.web.DomainException;

/**
 * The signed-in user of the current request, if any.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<SujaritUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SujaritUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public static SujaritUser require() {
		return find().orElseThrow(() -> DomainException.forbidden("platform.error.sign-in-required"));
	}

}
