package org.sujarit.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewUser;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.security.Role;

/**
 * A system administrator changes roles and the enabled flag (optimistic locking) and resets passwords.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class UserAdministrationIntegrationTests {

	@Autowired
	org.sujarit.platform.audit.AuditLog audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	long account(String username, Role role) {
		return directory.createUser(new NewUser(username, username, null, null, null, null, Set.of(role),
				role == Role.WORKING_GROUP_MEMBER ? "BRIBERY" : null), "a long password");
	}

	@Test
	void changesRolesAndDisablesWithOptimisticLocking() throws Exception {
		long id = account("admin.target", Role.COORDINATOR);
		mvc.perform(post("/directory/users/{id}", id).with(admin()).with(csrf())
			.param("roles", "COORDINATOR", "WORKING_GROUP_MEMBER")
			.param("workingGroup", "OVERSIGHT")
			.param("version", "0"))
			.andExpect(redirectedUrl("/directory/users/" + id));
		var account = directory.user(id).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.WORKING_GROUP_MEMBER);
		assertThat(account.workingGroup()).isEqualTo("OVERSIGHT");
		assertThat(account.enabled()).as("an unticked box disables").isFalse();
		mvc.perform(post("/directory/users/{id}", id).with(admin()).with(csrf())
			.param("roles", "SYSTEM_ADMIN")
			.param("enabled", "true")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนท่านบันทึก")));
		assertThat(directory.user(id).orElseThrow().roles()).doesNotContain(Role.SYSTEM_ADMIN);
	}

	@Test
	void refusesInconsistentRoles() throws Exception {
		long id = account("admin.rules", Role.COORDINATOR);
		mvc.perform(post("/directory/users/{id}", id).with(admin()).with(csrf()).param("enabled", "true").param("version", "0"))
			.andExpect(content().string(containsString("บัญชีต้องมีอย่างน้อยหนึ่งบทบาท")));
		mvc.perform(post("/directory/users/{id}", id).with(admin()).with(csrf()).param("roles", "WORKING_GROUP_MEMBER")
			.param("enabled", "true").param("version", "0"))
			.andExpect(content().string(containsString("สมาชิกคณะทำงานต้องระบุคณะทำงาน")));
		mvc.perform(post("/directory/users/{id}", id).with(admin()).with(csrf()).param("roles", "AGENCY_REPORTER")
			.param("enabled", "true").param("version", "0"))
			.andExpect(content().string(containsString("ผู้รายงานและผู้อนุมัติต้องสังกัดหน่วยงาน")));
		assertThat(directory.user(id).orElseThrow().version()).isZero();
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() throws Exception {
		long id = account("admin.self", Role.SYSTEM_ADMIN);
		var self = user(TestPrincipals.principal("admin.self", null, Role.SYSTEM_ADMIN));
		mvc.perform(post("/directory/users/{id}", id).with(self).with(csrf()).param("roles", "SYSTEM_ADMIN")
			.param("version", "0"))
			.andExpect(content().string(containsString("ท่านระงับบัญชีหรือถอนสิทธิ์ผู้ดูแลระบบของตนเองไม่ได้")));
		mvc.perform(post("/directory/users/{id}", id).with(self).with(csrf()).param("roles", "COORDINATOR")
			.param("enabled", "true").param("version", "0"))
			.andExpect(content().string(containsString("ท่านระงับบัญชีหรือถอนสิทธิ์ผู้ดูแลระบบของตนเองไม่ได้")));
		assertThat(directory.user(id).orElseThrow().enabled()).isTrue();
	}

	@Test
	void resetPasswordShowsANewPasswordOnceAndItWorks() throws Exception {
		long id = account("admin.reset", Role.COORDINATOR);
		String page = mvc.perform(post("/directory/users/{id}/reset-password", id).with(admin()).with(csrf())
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = Pattern.compile("<code>([A-Za-z0-9]{14})</code>").matcher(page);
		assertThat(shown.find()).isTrue();
		String hash = jdbc.sql("select password_hash from directory_user where id = :id").param("id", id)
			.query(String.class)
			.single();
		assertThat(passwords.matches(shown.group(1), hash)).isTrue();
		assertThat(passwords.matches("a long password", hash)).isFalse();
		assertThat(audit.history("directory_user", Long.toString(id)))
			.filteredOn(e -> e.action().equals("PASSWORD_RESET"))
			.hasSize(1);
	}

}
