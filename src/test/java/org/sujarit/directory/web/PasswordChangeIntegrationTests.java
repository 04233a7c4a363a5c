package org.sujarit.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.audit.AuditEntry;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/** A signed-in person changes their own password; wrong, weak or mistyped ones are refused. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PasswordChangeIntegrationTests {

	private static final String OLD = "the old long password";

	private static final String NEW = "ฟ้าใสวันจันทร์ 2569";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void changesThePasswordAndEndsTheOtherSessions() throws Exception {
		SujaritUser person = person("pw.change");
		String elsewhere = sessionOf(person);
		try {
			mvc.perform(change(person, OLD, NEW, NEW)).andExpect(redirectedUrl("/account/password"));

			assertThat(passwords.matches(NEW, hash(person))).isTrue();
			assertThat(sessions.findById(elsewhere)).as("the session on another device ended").isNull();
			assertThat(audit.history("directory_user", Long.toString(person.id()))).extracting(AuditEntry::action)
				.contains("PASSWORD_CHANGED");
		}
		finally {
			sessions.deleteById(elsewhere);
		}
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndAudited() throws Exception {
		SujaritUser person = person("pw.wrong");
		mvc.perform(change(person, "not my password", NEW, NEW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รหัสผ่านปัจจุบันไม่ถูกต้อง")))
			.andExpect(content().string(not(containsString(NEW))));
		assertThat(passwords.matches(OLD, hash(person))).isTrue();
		assertThat(audit.history("directory_user", Long.toString(person.id()))).extracting(AuditEntry::action)
			.contains("PASSWORD_CHANGE_REFUSED");
	}

	@Test
	void mistypedShortOrUnchangedPasswordsAreRefusedInThaiAndEnglish() throws Exception {
		SujaritUser person = person("pw.weak");
		mvc.perform(change(person, OLD, NEW, NEW + "x"))
			.andExpect(content().string(containsString("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน")));
		mvc.perform(change(person, OLD, "short", "short"))
			.andExpect(content().string(containsString("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร")));
		mvc.perform(change(person, OLD, OLD, OLD).param("lang", "en"))
			.andExpect(content().string(containsString("The new password must differ from the current one")));
		assertThat(passwords.matches(OLD, hash(person))).isTrue();
	}

	@Test
	void onlySignedInPeopleReachThePage() throws Exception {
		mvc.perform(get("/account/password").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(post("/account/password").accept(MediaType.TEXT_HTML).with(csrf()).param("current", OLD).param("next", NEW)
			.param("confirmation", NEW)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(post("/account/password").with(user(person("pw.csrf"))).param("current", OLD).param("next", NEW)
			.param("confirmation", NEW)).andExpect(status().isForbidden());
	}

	private SujaritUser person(String username) {
		long id = directory.createUser(new NewUser(username, username, null, null, null, null, Set.of(Role.COORDINATOR),
				null), OLD);
		return new SujaritUser(id, username, hash(username), username, null, Set.of(Role.COORDINATOR), null, true);
	}

	private String hash(SujaritUser person) {
		return hash(person.getUsername());
	}

	private String hash(String username) {
		return jdbc.sql("select password_hash from directory_user where username = :u").param("u", username)
			.query(String.class)
			.single();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" }) // the session class is package-private in Spring Session
	private String sessionOf(SujaritUser person) {
		org.springframework.session.Session session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, person.getUsername());
		((org.springframework.session.SessionRepository) sessions).save(session);
		return session.getId();
	}

	private static MockHttpServletRequestBuilder change(SujaritUser person, String current, String next,
			String confirmation) {
		return post("/account/password").with(user(person))
			.with(csrf())
			.param("current", current)
			.param("next", next)
			.param("confirmation", confirmation);
	}

}
