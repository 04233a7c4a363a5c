package org.sujarit.platform.security;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the layout's menu shows the reader ({@code ${@nav.coordinator()}}): the same answers as
 * {@code sec:authorize="isAuthenticated()"} and {@code hasAnyRole(...)}, read straight from the signed-in
 * user's authorities. The layout asked those sixteen times per page, each a Spring Security expression
 * parsed and evaluated on its own: 3 % of the application's CPU in the load test (docs/PERFORMANCE.md).
 * Only for showing links: access itself is decided by the security filter chain and the services.
 */
@Component("nav")
public class Navigation {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/** Signed in (not anonymous), as {@code isAuthenticated()}. */
	public boolean signedIn() {
		Authentication authentication = authentication();
		return authentication != null && !TRUST.isAnonymous(authentication) && authentication.isAuthenticated();
	}

	/** A coordinator or a system administrator, as {@code hasAnyRole('COORDINATOR','SYSTEM_ADMIN')}. */
	public boolean coordinator() {
		return has(Role.COORDINATOR) || has(Role.SYSTEM_ADMIN);
	}

	/** A system administrator, as {@code hasRole('SYSTEM_ADMIN')}. */
	public boolean admin() {
		return has(Role.SYSTEM_ADMIN);
	}

	/** The signed-in user's display name, or their user name for other kinds of principal. */
	public String displayName() {
		Authentication authentication = authentication();
		if (authentication == null) {
			return "";
		}
		return authentication.getPrincipal() instanceof SujaritUser user ? user.displayName() : authentication.getName();
	}

	private static boolean has(Role role) {
		Authentication authentication = authentication();
		if (authentication == null) {
			return false;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		String wanted = role.authority();
		for (GrantedAuthority authority : authorities) {
			if (wanted.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	private static Authentication authentication() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

}
