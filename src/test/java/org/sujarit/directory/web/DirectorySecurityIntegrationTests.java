package org.sujarit.directory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.approver;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;
import static org.sujarit.directory.TestPrincipals.workingGroupMember;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AccountRequestStatus;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAccountRequest;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.security.Role;

/**
 * Every denial of the directory: who may not reach which page, form or API, and what the public pages
 * must not reveal.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DirectorySecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	static final String TOKEN = "00000000-0000-0000-0000-000000000001";

	/** Pages only coordinators and administrators may open. */
	static Stream<String> coordinatorPages() {
		return Stream.of("/directory/agencies", "/directory/agencies/tree", "/directory/agencies/new",
				"/directory/agencies/1", "/directory/agencies/1/edit", "/directory/agencies/tree/children?parent=1",
				"/directory/agencies/tree/province/50", "/directory/agencies/import",
				"/directory/agencies/import/template.csv", "/directory/agencies/import/template.xlsx",
				"/directory/agencies/import/" + TOKEN, "/directory/account-requests", "/directory/registration");
	}

	static Stream<String> coordinatorApis() {
		return Stream.of("/api/v1/agencies", "/api/v1/agencies/1", "/api/v1/directory/registration");
	}

	static Stream<String> adminPages() {
		return Stream.of("/directory/users", "/directory/users/1");
	}

	static List<RequestPostProcessor> agencyPeople() {
		return List.of(reporter(1), approver(1), workingGroupMember());
	}

	@ParameterizedTest
	@MethodSource("coordinatorPages")
	void reportersApproversAndWorkingGroupsCannotOpenAgencyAdministration(String page) throws Exception {
		for (RequestPostProcessor person : agencyPeople()) {
			mvc.perform(get(page).with(person)).andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@MethodSource("coordinatorApis")
	void reportersCannotUseTheAgencyApi(String api) throws Exception {
		for (RequestPostProcessor person : agencyPeople()) {
			mvc.perform(get(api).with(person)).andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@MethodSource({ "coordinatorPages", "adminPages" })
	void anonymousVisitorsAreSentToSignIn(String page) throws Exception {
		// a browser asks for HTML; API clients get 401 instead (see anonymousApiCallsGet401)
		mvc.perform(get(page).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@ParameterizedTest
	@MethodSource("coordinatorApis")
	void anonymousApiCallsGet401(String api) throws Exception {
		mvc.perform(get(api).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		mvc.perform(get(api).accept(MediaType.TEXT_HTML)).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@MethodSource("adminPages")
	void coordinatorsAndAgencyPeopleCannotReachUserAdministration(String page) throws Exception {
		mvc.perform(get(page).with(coordinator())).andExpect(status().isForbidden());
		for (RequestPostProcessor person : agencyPeople()) {
			mvc.perform(get(page).with(person)).andExpect(status().isForbidden());
		}
	}

	@Test
	void reportersCannotChangeAgenciesImportOrDecideRequests() throws Exception {
		long agency = directory.agencyByCode("2500101").orElseThrow().id();
		long request = directory.requestAccount(new NewAccountRequest(agency, "ผู้ขอ", null, "r@example.org", null,
				"sec.request", Role.AGENCY_REPORTER, "a long password"));
		List<MockHttpServletRequestBuilder> writes = List.of(
				post("/directory/agencies/{id}", agency).param("nameTh", "ถูกแก้").param("type", "OTHER").param("version", "0"),
				post("/directory/agencies").param("code", "SEC-X").param("nameTh", "x").param("type", "OTHER"),
				multipart("/directory/agencies/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
						"code,name_th,type\r\nSEC-Y,ย,OTHER\r\n".getBytes(StandardCharsets.UTF_8))),
				post("/directory/agencies/import/" + TOKEN + "/apply"),
				post("/directory/account-requests/{id}/approve", request).param("version", "0"),
				post("/directory/account-requests/{id}/reject", request).param("version", "0").param("reason", "no"));
		for (RequestPostProcessor person : agencyPeople()) {
			for (MockHttpServletRequestBuilder write : writes) {
				mvc.perform(write.with(person).with(csrf())).andExpect(status().isForbidden());
			}
		}
		org.assertj.core.api.Assertions.assertThat(directory.requireAgency(agency).nameTh())
			.isEqualTo("องค์การบริหารส่วนจังหวัดเชียงใหม่");
		org.assertj.core.api.Assertions.assertThat(directory.agencyByCode("SEC-X")).isEmpty();
		org.assertj.core.api.Assertions.assertThat(directory.agencyByCode("SEC-Y")).isEmpty();
		org.assertj.core.api.Assertions.assertThat(directory.accountRequestState("sec.request").orElseThrow().status())
			.isEqualTo(AccountRequestStatus.PENDING);
	}

	@Test
	void onlyAdministratorsChangeAccounts() throws Exception {
		long id = directory.createUser(new NewUser("sec.target", "เป้าหมาย", null, null, null, null,
				Set.of(Role.COORDINATOR), null), "a long password");
		List<RequestBuilder> writes = List.of(
				post("/directory/users/{id}", id).param("roles", "SYSTEM_ADMIN").param("enabled", "true")
					.param("version", "0").with(csrf()).with(coordinator()),
				post("/directory/users/{id}/reset-password", id).param("version", "0").with(csrf()).with(coordinator()),
				post("/directory/users/{id}", id).param("roles", "SYSTEM_ADMIN").param("enabled", "true")
					.param("version", "0").with(csrf()).with(reporter(1)),
				post("/directory/users/{id}/reset-password", id).param("version", "0").with(csrf()).with(reporter(1)));
		for (RequestBuilder write : writes) {
			mvc.perform(write).andExpect(status().isForbidden());
		}
		org.assertj.core.api.Assertions.assertThat(directory.user(id).orElseThrow().roles()).containsExactly(Role.COORDINATOR);
		org.assertj.core.api.Assertions.assertThat(directory.user(id).orElseThrow().version()).isZero();
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/account-requests").param("username", "csrf.test")).andExpect(status().isForbidden());
		mvc.perform(post("/directory/agencies").param("code", "SEC-C").with(coordinator())).andExpect(status().isForbidden());
	}

	@Test
	void theStatusPageTellsOnlyTheStatusAndTheRejectionReason() throws Exception {
		long agency = directory.agencyByCode("2500101").orElseThrow().id();
		long pending = directory.requestAccount(new NewAccountRequest(agency, "นายลับ เฉพาะ", "ตำแหน่งลับ",
				"secret.person@example.org", "0812345678", "sec.status", Role.AGENCY_REPORTER, "a long password"));
		mvc.perform(get("/account-requests/status").param("username", "sec.status"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("อยู่ระหว่างการพิจารณา")))
			.andExpect(content().string(not(containsString("นายลับ"))))
			.andExpect(content().string(not(containsString("ตำแหน่งลับ"))))
			.andExpect(content().string(not(containsString("secret.person@example.org"))))
			.andExpect(content().string(not(containsString("0812345678"))))
			.andExpect(content().string(not(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่"))));
		mvc.perform(post("/directory/account-requests/{id}/reject", pending).param("version", "0")
			.param("reason", "เหตุผลสำหรับผู้ขอ").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/account-requests/status").param("username", "sec.status"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่ได้รับอนุมัติ")))
			.andExpect(content().string(containsString("เหตุผลสำหรับผู้ขอ")))
			.andExpect(content().string(not(containsString("secret.person@example.org"))))
			.andExpect(content().string(not(containsString("coordinator"))));
		mvc.perform(get("/account-requests/status").param("username", "nobody.at.all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่พบคำขอ")));
	}

	@Test
	void theAgencyTypeAheadShowsNoAccountsOrPeople() throws Exception {
		long agency = directory.agencyByCode("2500101").orElseThrow().id();
		directory.createUser(new NewUser("sec.hidden", "บุคคลภายใน", "hidden@example.org", null, null, agency,
				Set.of(Role.AGENCY_REPORTER), null), "a long password");
		mvc.perform(get("/account-requests/agencies").param("q", "เชียงใหม่"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่")))
			.andExpect(content().string(not(containsString("sec.hidden"))))
			.andExpect(content().string(not(containsString("hidden@example.org"))));
	}

	@Test
	void administratorsAndCoordinatorsGetIn() throws Exception {
		mvc.perform(get("/directory/agencies").with(admin())).andExpect(status().isOk());
		mvc.perform(get("/directory/users").with(admin())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/directory/registration").with(coordinator())).andExpect(status().isOk());
	}

}
