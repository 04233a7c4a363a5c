package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.reporting.TestReports.aReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * A coordinator's reminders for a round go to the platform's outbox: one per agency with reports still to
 * send and day, addressed to the agency's accounts, in Thai; the outbox page shows them; agency users may
 * neither write nor read them.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class RoundRemindersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Test
	void anOverdueRoundRemindsEachAgencyOncePerDay() throws Exception {
		// a real agency of the directory (reminders go to agencies it knows), one no other test gives accounts
		long agency = jdbc.sql("select id from directory_agency where type = 'SUBDISTRICT_ADMIN_ORG' order by code desc limit 1")
			.query(Long.class)
			.single();
		long round = TestReports.aRound(jdbc, true, ThaiCalendar.today().minusDays(3));
		aReport(jdbc).round(round).agency(agency).persist();
		aReport(jdbc).round(round).activity(900_002).agency(agency).state(ReportState.DRAFT).persist();
		directory.createUser(new NewUser("remind.reporter", "ผู้รายงาน ทดสอบ", "reporter@agency.example", null, null,
				agency, Set.of(Role.AGENCY_REPORTER), null), "Remind-Test-2569!");

		for (int press = 0; press < 2; press++) {
			mvc.perform(post("/reporting/rounds/" + round + "/reminders").with(user(ReportingSecurityIntegrationTests.coordinator()))
				.with(csrf()))
				.andExpect(redirectedUrl("/reporting/dashboard?round=" + round))
				.andExpect(flash().attribute("notice", "reporting.round.reminders-written"));
		}

		List<String[]> written = jdbc.sql("""
				select kind, topic, recipients::text, body from platform_outbox where agency_id = :agency
				""").param("agency", agency).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4) }).list();
		assertThat(written).hasSize(1);
		assertThat(written.get(0)[0]).isEqualTo("REMINDER_OVERDUE");
		assertThat(written.get(0)[1]).isEqualTo("reporting.round:" + round);
		assertThat(written.get(0)[2]).isEqualTo("{reporter@agency.example}");
		assertThat(written.get(0)[3]).contains("ยังไม่ได้ส่ง 2 รายการ");

		mvc.perform(get("/outbox").with(user(ReportingSecurityIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("reporter@agency.example")));
	}

	@Test
	void agencyUsersCanNeitherWriteNorReadReminders() throws Exception {
		long round = TestReports.aRound(jdbc, true, LocalDate.of(2026, 3, 31));
		mvc.perform(post("/reporting/rounds/" + round + "/reminders").with(user(ReportingSecurityIntegrationTests.reporter()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/outbox").with(user(ReportingSecurityIntegrationTests.approver())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from platform_outbox where topic = :topic")
			.param("topic", "reporting.round:" + round).query(Long.class).single()).isZero();
	}

}
