package org.sujarit.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.coordinator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AccountRequestStatus;
import org.sujarit.directory.Directory;

/**
 * The account-request pages: the public form, and the coordinator's approve and reject.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AccountRequestPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder form(String username, String password, String confirm) {
		return form(username, password, confirm, "AGENCY_REPORTER");
	}

	MockHttpServletRequestBuilder form(String username, String password, String confirm, String role) {
		long agency = directory.agencyByCode("6510116").orElseThrow().id();
		return post("/account-requests").with(csrf())
			.param("agencyId", Long.toString(agency))
			.param("role", role)
			.param("fullName", "นายทดสอบ แบบฟอร์ม")
			.param("positionTh", "นักวิเคราะห์นโยบายและแผน")
			.param("email", "form@example.org")
			.param("phone", "053 000 000")
			.param("username", username)
			.param("password", password)
			.param("passwordConfirm", confirm);
	}

	@Test
	void anyoneCanAskForAnAccountWithoutSigningIn() throws Exception {
		mvc.perform(form("Form.Request", "a phrase for a password", "a phrase for a password"))
			.andExpect(redirectedUrl("/account-requests/submitted"))
			.andExpect(flash().attribute("username", "form.request"));
		assertThat(directory.accountRequestState("form.request").orElseThrow().status())
			.isEqualTo(AccountRequestStatus.PENDING);
	}

	@Test
	void mistakesAreShownOnTheFormWhichNeverEchoesThePassword() throws Exception {
		mvc.perform(form("form.mismatch", "a phrase for a password", "another phrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รหัสผ่านทั้งสองช่องไม่ตรงกัน")))
			.andExpect(content().string(containsString("นายทดสอบ แบบฟอร์ม")))
			.andExpect(content().string(not(containsString("a phrase for a password"))));
		mvc.perform(form("form.short", "short", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร")));
		mvc.perform(form("form.twice", "a phrase for a password", "a phrase for a password"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form("form.twice", "a phrase for a password", "a phrase for a password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รอการพิจารณาอยู่แล้ว")));
		mvc.perform(post("/account-requests").with(csrf()).param("username", "form.empty"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกหน่วยงาน")))
			.andExpect(content().string(containsString("กรุณาระบุอีเมล")));
		mvc.perform(form("form.admin", "a phrase for a password", "a phrase for a password", "SYSTEM_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ขอได้เฉพาะบทบาทผู้รายงานหรือผู้อนุมัติ")));
		assertThat(directory.accountRequestState("form.admin")).isEmpty();
	}

	@Test
	void coordinatorApprovesAndRejectsFromTheQueue() throws Exception {
		mvc.perform(form("form.approve", "a phrase for a password", "a phrase for a password"));
		mvc.perform(form("form.reject", "a phrase for a password", "a phrase for a password"));
		mvc.perform(get("/directory/account-requests").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("form.approve")))
			.andExpect(content().string(containsString("form.reject")));
		long approve = pending("form.approve");
		mvc.perform(post("/directory/account-requests/{id}/approve", approve).param("version", "0")
			.with(coordinator()).with(csrf()))
			.andExpect(redirectedUrl("/directory/account-requests"))
			.andExpect(flash().attribute("approvedUser", "form.approve"));
		assertThat(directory.usernameTaken("form.approve")).isTrue();

		long reject = pending("form.reject");
		mvc.perform(post("/directory/account-requests/{id}/reject", reject).param("version", "0")
			.param("reason", "").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("problemCode", "directory.account-request.reason-required"));
		assertThat(directory.accountRequestState("form.reject").orElseThrow().status())
			.isEqualTo(AccountRequestStatus.PENDING);
		mvc.perform(post("/directory/account-requests/{id}/reject", reject).param("version", "0")
			.param("reason", "ไม่พบรายชื่อในหน่วยงาน").with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("rejected", true));
		assertThat(directory.accountRequestState("form.reject").orElseThrow().reason()).isEqualTo("ไม่พบรายชื่อในหน่วยงาน");
		// a second click on a decided request changes nothing
		mvc.perform(post("/directory/account-requests/{id}/approve", approve).param("version", "0")
			.with(coordinator()).with(csrf()))
			.andExpect(flash().attribute("problemCode", "directory.account-request.already-decided"));
		mvc.perform(get("/directory/account-requests").param("status", "ALL").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่พบรายชื่อในหน่วยงาน")));
	}

	private long pending(String username) {
		return jdbc.sql("select id from directory_account_request where username = :username and status = 'PENDING'")
			.param("username", username)
			.query(Long.class)
			.single();
	}

}
