package org.sujarit.nationalreport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * Only coordinators and system administrators compile the national report: the page, its download and
 * the API refuse agency reporters and approvers, working-group members and anonymous visitors.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class NationalReportSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long round() {
		return jdbc.sql("""
				insert into reporting_round (fiscal_year, kind, title_th, period_start, period_end, due_date, status, opened_by)
				values (2569, 'CUSTOM', 'ทดสอบสิทธิ์', date '2025-10-01', date '2026-09-30', :due, 'CLOSED', 'test')
				returning id
				""").param("due", LocalDate.of(2026, 10, 31)).query(Long.class).single();
	}

	static SujaritUser as(Role role) {
		return new SujaritUser(40 + role.ordinal(), "user." + role.name().toLowerCase(java.util.Locale.ROOT), "x", "ทดสอบ",
				role == Role.AGENCY_REPORTER || role == Role.AGENCY_APPROVER ? 800_101L : null, Set.of(role),
				role == Role.WORKING_GROUP_MEMBER ? "BRIBERY" : null, true);
	}

	List<String> urls(long round) {
		return List.of("/national-report", "/national-report/download?round=" + round + "&format=pdf",
				"/api/v1/national-report/" + round + ".docx", "/api/v1/national-report/" + round + "?format=xlsx");
	}

	@Test
	void anonymousVisitorsAreSentToSignInOrRefusedOnTheApi() throws Exception {
		long round = round();
		mvc.perform(get("/national-report").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/national-report/download?round=" + round + "&format=pdf").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/national-report/" + round + ".pdf")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/national-report/" + round + "?format=pdf")).andExpect(status().isUnauthorized());
	}

	@Test
	void agencyReportersApproversAndWorkingGroupMembersAreRefused() throws Exception {
		long round = round();
		for (Role role : List.of(Role.AGENCY_REPORTER, Role.AGENCY_APPROVER, Role.WORKING_GROUP_MEMBER)) {
			for (String url : urls(round)) {
				mvc.perform(get(url).with(user(as(role)))).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void coordinatorsAndAdministratorsCompileAndDownload() throws Exception {
		long round = round();
		mvc.perform(get("/national-report").with(user(as(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"format\" value=\"pdf\"")));
		mvc.perform(get("/api/v1/national-report/" + round + ".xlsx").with(user(as(Role.SYSTEM_ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ReportFormat.XLSX.contentType()))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("sujarit-national-report-2569-CUSTOM.xlsx")));
		mvc.perform(get("/national-report/download?round=" + round + "&format=docx").with(user(as(Role.COORDINATOR))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ReportFormat.DOCX.contentType()));
	}

	@Test
	void theApiIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", org.hamcrest.Matchers.hasKey("/api/v1/national-report/{roundId}.{extension}")))
			.andExpect(jsonPath("$.paths", org.hamcrest.Matchers.hasKey("/api/v1/national-report/{roundId}")));
	}

	@Test
	void unknownRoundsAndFormatsAreClearErrors() throws Exception {
		mvc.perform(get("/api/v1/national-report/" + Long.MAX_VALUE + ".pdf").with(user(as(Role.COORDINATOR))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/national-report/" + round() + ".odt").with(user(as(Role.COORDINATOR))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("nationalreport.format.unknown"));
	}

}
