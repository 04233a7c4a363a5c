package org.sujarit.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.audit.Actor;

/**
 * Sign-in protections: throttling, session fixation, CSRF, security headers, auditing of sign-ins.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInSecurityIntegrationTests {

	static final String PASSWORD = "ยาวพอและปลอดภัย-2569";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void repeatedFailuresLockTheNameEvenAgainstTheRightPassword() throws Exception {
		String name = newUser();
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());
		for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
			mvc.perform(formLogin().user(name).password("wrong-" + i)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void signInsAndFailuresAreAudited() throws Exception {
		String name = newUser();
		mvc.perform(formLogin().user(name).password("wrong"));
		mvc.perform(formLogin().user(name).password(PASSWORD));
		var actions = jdbc.sql("select action from audit_log where entity = 'user' and entity_id = :name order by seq")
			.param("name", name)
			.query(String.class)
			.list();
		org.assertj.core.api.Assertions.assertThat(actions).containsExactly("SIGN_IN_FAILED", "SIGN_IN");
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void apiErrorsFollowTheCallersLanguage() throws Exception {
		String name = newUser();
		mvc.perform(get("/api/v1/reports/999999999").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(name, PASSWORD))
			.header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Report 999999999 was not found")));
		mvc.perform(get("/api/v1/reports/999999999").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(name, PASSWORD)))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("ไม่พบรายงาน")));
	}

	private String newUser() {
		String name = "signin-" + UUID.randomUUID().toString().substring(0, 8);
		Actor.runAs("test", () -> directory.createUser(new NewUser(name, name, null, null, null, null,
				Set.of(Role.COORDINATOR), null), PASSWORD));
		return name;
	}

}
