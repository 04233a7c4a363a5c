package org.sujarit.reporting;

import static org.sujarit.reporting.TestReports.aReport;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Every denial of the reporting module, through the real web layer: pages, API and downloads, including
 * requests that swap another agency's IDs into the URL.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ReportingSecurityIntegrationTests {

	static final long OWN_AGENCY = 800_101;

	static final long OTHER_AGENCY = 800_102;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorsAreSentToSignInOrRefusedOnTheApi() throws Exception {
		long report = aReport(jdbc).agency(OWN_AGENCY).persist();
		mvc.perform(get("/reporting/reports/" + report).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/reporting/reports").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/reports/" + report)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/rounds")).andExpect(status().isUnauthorized());
	}

	@Test
	void agencyUsersCannotSeeAnotherAgencysReportByItsId() throws Exception {
		long other = aReport(jdbc).agency(OTHER_AGENCY).state(ReportState.SUBMITTED).persist();
		mvc.perform(get("/reporting/reports/" + other).with(user(reporter()))).andExpect(status().isNotFound());
		mvc.perform(get("/reporting/reports/" + other + "/history").with(user(reporter()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + other).with(user(reporter())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("reporting.report.not-found"));
		mvc.perform(get("/api/v1/reports/" + other + "/versions").with(user(approver()))).andExpect(status().isNotFound());
	}

	@Test
	void agencyUsersListOnlyTheirOwnAgencysReports() throws Exception {
		long round = TestReports.aRound(jdbc, true, java.time.LocalDate.now().plusDays(5));
		aReport(jdbc).round(round).agency(OWN_AGENCY).persist();
		aReport(jdbc).round(round).agency(OTHER_AGENCY).persist();
		mvc.perform(get("/api/v1/reports?round=" + round).with(user(reporter())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].agencyId").value(OWN_AGENCY));
	}

	@Test
	void reportersCannotChangeAnotherAgencysReport() throws Exception {
		long other = aReport(jdbc).agency(OTHER_AGENCY).state(ReportState.DRAFT).persist();
		mvc.perform(put("/api/v1/reports/" + other + "?version=0").with(user(reporter())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"narrative\":\"แก้ไขโดยผู้อื่น\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/reporting/reports/" + other).with(user(reporter())).with(csrf())
			.param("version", "0").param("narrative", "x")).andExpect(status().isNotFound());
	}

	@Test
	void reportersCannotApproveAndApproversCannotAccept() throws Exception {
		long submitted = aReport(jdbc).agency(OWN_AGENCY).state(ReportState.SUBMITTED).persist();
		mvc.perform(post("/api/v1/reports/" + submitted + "/approve?version=0").with(user(reporter())).with(csrf()))
			.andExpect(status().isForbidden());
		long approved = aReport(jdbc).activity(900_002).agency(OWN_AGENCY).state(ReportState.APPROVED).persist();
		mvc.perform(post("/api/v1/reports/" + approved + "/accept?version=0").with(user(approver())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void approversCannotApproveAnotherAgencysReport() throws Exception {
		long other = aReport(jdbc).agency(OTHER_AGENCY).state(ReportState.SUBMITTED).persist();
		mvc.perform(post("/api/v1/reports/" + other + "/approve?version=0").with(user(approver())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void acceptedReportsAreLockedEvenForTheirOwnAgency() throws Exception {
		long accepted = aReport(jdbc).agency(OWN_AGENCY).state(ReportState.ACCEPTED).persist();
		mvc.perform(put("/api/v1/reports/" + accepted + "?version=0").with(user(reporter())).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"narrative\":\"แก้หลังรับรอง\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/reporting/reports/" + accepted + "/reopen").with(user(reporter())).with(csrf())
			.param("version", "0").param("reason", "x")).andExpect(flash().attribute("problem", "reporting.workflow.not-allowed"));
	}

	@Test
	void onlyCoordinatorsOpenRoundsSeeDashboardsAndExport() throws Exception {
		long round = TestReports.aRound(jdbc, true, java.time.LocalDate.now().plusDays(5));
		mvc.perform(post("/api/v1/rounds").with(user(reporter())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fiscalYear\":2569,\"kind\":\"M6\",\"dueDate\":\"2026-04-30\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/reporting/dashboard").with(user(reporter()))).andExpect(status().isForbidden());
		mvc.perform(get("/reporting/rounds/" + round + "/export.xlsx").with(user(approver()))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/rounds/" + round + "/counts").with(user(reporter()))).andExpect(status().isForbidden());
		mvc.perform(get("/reporting/dashboard").with(user(coordinator()))).andExpect(status().isOk());
	}

	@Test
	void workingGroupMembersSeeOnlyAcceptedReportsOfTheirGroup() throws Exception {
		long accepted = aReport(jdbc).agency(OTHER_AGENCY).state(ReportState.ACCEPTED).workingGroup("BRIBERY").persist();
		long draft = aReport(jdbc).activity(900_003).agency(OTHER_AGENCY).state(ReportState.DRAFT).workingGroup("BRIBERY").persist();
		long otherGroup = aReport(jdbc).activity(900_004).agency(OTHER_AGENCY).state(ReportState.ACCEPTED).workingGroup("BUDGET").persist();
		SujaritUser member = new SujaritUser(9, "wg", "x", "wg", null, Set.of(Role.WORKING_GROUP_MEMBER), "BRIBERY", true);
		mvc.perform(get("/api/v1/reports/" + accepted).with(user(member))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports/" + draft).with(user(member))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + otherGroup).with(user(member))).andExpect(status().isNotFound());
	}

	@Test
	void thePublicSeesOnlyPublishedRounds() throws Exception {
		long unpublished = TestReports.aRound(jdbc, true, java.time.LocalDate.now().plusDays(5));
		mvc.perform(get("/api/v1/public/rounds/" + unpublished + "/progress")).andExpect(status().isNotFound());
		mvc.perform(get("/public/progress/" + unpublished + ".csv")).andExpect(status().isNotFound());
		mvc.perform(get("/public/progress")).andExpect(status().isOk());
	}

	static SujaritUser reporter() {
		return new SujaritUser(1, "reporter.test", "x", "ผู้รายงาน", OWN_AGENCY, Set.of(Role.AGENCY_REPORTER), null, true);
	}

	static SujaritUser approver() {
		return new SujaritUser(2, "approver.test", "x", "ผู้อนุมัติ", OWN_AGENCY, Set.of(Role.AGENCY_APPROVER), null, true);
	}

	static SujaritUser coordinator() {
		return new SujaritUser(3, "coordinator.test", "x", "ผู้ประสานงาน", null, Set.of(Role.COORDINATOR), null, true);
	}

}
