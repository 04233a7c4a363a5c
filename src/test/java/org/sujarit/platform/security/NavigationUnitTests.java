package org.sujarit.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class NavigationUnitTests {

	private final Navigation nav = new Navigation();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPublicReaderIsNotSignedInAndSeesNoStaffLinks() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(nav.signedIn()).isFalse();
		assertThat(nav.coordinator()).isFalse();
		assertThat(nav.admin()).isFalse();
	}

	@Test
	void noAuthenticationAtAllIsTreatedAsPublic() {
		assertThat(nav.signedIn()).isFalse();
		assertThat(nav.coordinator()).isFalse();
		assertThat(nav.displayName()).isEmpty();
	}

	@Test
	void anAgencyReporterIsSignedInButNotACoordinator() {
		signIn(Role.AGENCY_REPORTER);

		assertThat(nav.signedIn()).isTrue();
		assertThat(nav.coordinator()).isFalse();
		assertThat(nav.admin()).isFalse();
		assertThat(nav.displayName()).isEqualTo("สมชาย ใจดี");
	}

	@Test
	void aSystemAdministratorSeesTheCoordinatorsLinksAndTheAuditLink() {
		signIn(Role.SYSTEM_ADMIN);

		assertThat(nav.coordinator()).isTrue();
		assertThat(nav.admin()).isTrue();
	}

	@Test
	void aCoordinatorDoesNotSeeTheAuditLink() {
		signIn(Role.COORDINATOR);

		assertThat(nav.coordinator()).isTrue();
		assertThat(nav.admin()).isFalse();
	}

	private static void signIn(Role role) {
		SujaritUser user = new SujaritUser(7, "somchai", "{noop}x", "สมชาย ใจดี", 1L, Set.of(role), null, true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
