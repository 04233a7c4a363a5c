package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.planning.Planning;
import org.sujarit.planning.TestPlans;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.reporting.LatestProgress;
import org.sujarit.reporting.ProgressStatus;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.TestProgress;

/**
 * The CPI portfolios: a source's and a working group's activities (directly or through their item), their
 * agencies and latest accepted progress, through the facades, the pages and the JSON API, with every
 * denial: anonymous visitors, and report links only for users who may open the report.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class CpiPortfolioIntegrationTests {

	static final int FY = 2580;

	static final String LONG_NARRATIVE = "จัดอบรมเจ้าหน้าที่ด้านคุณธรรม " + "ผลการดำเนินงานรอบแรก ".repeat(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	CpiPortfolios portfolios;

	@Autowired
	Reporting reporting;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	TestProgress.Plan plan;

	long firstReport;

	long latestReport;

	@BeforeEach
	void planWithProgress() {
		plan = TestProgress.plan(planning, directory, FY);
		Round first = TestProgress.round(reporting, FY, LocalDate.of(2037, 3, 31), false);
		Round second = TestProgress.round(reporting, FY, LocalDate.of(2037, 9, 30), false);
		long d1 = plan.agencies().department1();
		firstReport = TestProgress.report(jdbc, first.id(), plan.direct(), d1, ReportState.ACCEPTED, ProgressStatus.ON_TRACK,
				LONG_NARRATIVE);
		latestReport = TestProgress.report(jdbc, second.id(), plan.direct(), d1, ReportState.ACCEPTED, ProgressStatus.DELAYED,
				"ล่าช้าเพราะรองบประมาณ");
		TestProgress.report(jdbc, second.id(), plan.direct(), plan.agencies().department2(), ReportState.DRAFT,
				ProgressStatus.ON_TRACK, "ร่างที่ยังไม่ส่ง");
		TestProgress.report(jdbc, second.id(), plan.inherited(), plan.agencies().paoT1(), ReportState.SUBMITTED,
				ProgressStatus.ON_TRACK, "ส่งแล้วแต่ยังไม่รับรอง");
		TestProgress.report(jdbc, first.id(), plan.groupOnly(), d1, ReportState.ACCEPTED, ProgressStatus.COMPLETED,
				"ดำเนินการแล้วเสร็จ");
	}

	@Test
	void latestAcceptedProgressIsTheNewestRoundsAcceptedReportInOneCall() {
		Map<Long, LatestProgress> latest = TestPlans.as(TestProgress.coordinator(),
				() -> reporting.latestAcceptedProgress(List.of(plan.direct(), plan.inherited(), plan.groupOnly())));
		assertThat(latest).containsOnlyKeys(plan.direct(), plan.groupOnly());
		assertThat(latest.get(plan.direct())).satisfies(p -> {
			assertThat(p.reportId()).isEqualTo(latestReport);
			assertThat(p.status()).isEqualTo(ProgressStatus.DELAYED);
			assertThat(p.excerpt()).isEqualTo("ล่าช้าเพราะรองบประมาณ");
			assertThat(p.readable()).isTrue();
		});
		Map<Long, LatestProgress> first = TestPlans.as(TestProgress.coordinator(),
				() -> reporting.latestAcceptedProgress(List.of(plan.groupOnly())));
		assertThat(first.get(plan.groupOnly()).acceptedInRound()).isEqualTo(1);
		assertThat(LatestProgress.EXCERPT_LENGTH).isLessThan(LONG_NARRATIVE.length());
	}

	@Test
	void excerptsAreShortAndWholeWords() {
		jdbc.sql("update reporting_report set narrative = :text where id = :id").param("text", LONG_NARRATIVE)
			.param("id", latestReport).update();
		LatestProgress p = TestPlans.as(TestProgress.coordinator(),
				() -> reporting.latestAcceptedProgress(List.of(plan.direct()))).get(plan.direct());
		assertThat(p.excerpt()).endsWith("…").hasSizeLessThanOrEqualTo(LatestProgress.EXCERPT_LENGTH + 1);
		assertThat(LONG_NARRATIVE).startsWith(p.excerpt().substring(0, p.excerpt().length() - 1));
	}

	@Test
	void nobodySignedInGetsNoProgress() {
		assertThatThrownBy(() -> reporting.latestAcceptedProgress(List.of(plan.direct())))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThatThrownBy(() -> portfolios.source("EIU", FY)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void aSourcesPortfolioHoldsActivitiesAimedAtItDirectlyOrThroughTheirItem() {
		SourcePortfolio eiu = TestPlans.as(reporterOf(plan.agencies().paoT1()), () -> portfolios.source("EIU", FY));
		assertThat(eiu.source().respondentsTh()).isNotBlank();
		assertThat(eiu.workingGroups()).extracting(g -> g.code()).containsExactly("OVERSIGHT", "BUDGET");
		assertThat(eiu.activities()).extracting(PortfolioActivity::id).containsExactlyInAnyOrder(plan.direct(), plan.inherited());
		PortfolioActivity direct = activity(eiu.activities(), plan.direct());
		assertThat(direct.targetsDirectly("EIU")).isFalse();
		assertThat(direct.targetsDirectly("WEF")).isTrue();
		assertThat(direct.leads()).extracting(PortfolioActivity.Responsible::nameTh).containsExactly("กรมทดสอบหนึ่ง");
		assertThat(direct.coResponsible()).extracting(PortfolioActivity.Responsible::nameTh).containsExactly("กรมทดสอบสอง");
		assertThat(direct.progress().status()).isEqualTo(ProgressStatus.DELAYED);
		assertThat(direct.progress().reportId()).as("a reporter of another agency gets no report link").isNull();
		assertThat(activity(eiu.activities(), plan.inherited()).progress()).as("a submitted report is no progress yet").isNull();
		assertThat(eiu.counts()).isEqualTo(new PortfolioCounts(2, 1, 1, 0));
		assertThat(eiu.history()).isNotEmpty().allSatisfy(c -> assertThat(c.sourceCode()).isEqualTo("EIU"));

		SourcePortfolio wef = TestPlans.as(reporterOf(plan.agencies().department1()), () -> portfolios.source("WEF", FY));
		assertThat(wef.activities()).extracting(PortfolioActivity::id).containsExactly(plan.direct());
		assertThat(wef.activities().get(0).targetsDirectly("WEF")).isTrue();
		assertThat(wef.activities().get(0).progress().reportId()).as("the reporter's own agency").isEqualTo(latestReport);
		SourcePortfolio gi = TestPlans.as(TestProgress.coordinator(), () -> portfolios.source("GI", FY));
		assertThat(gi.activities()).isEmpty();
	}

	@Test
	void aGroupsPortfolioAggregatesItsSourcesAndCountsEachActivityOnce() {
		GroupPortfolio bribery = TestPlans.as(member("BRIBERY"), () -> portfolios.group("BRIBERY", FY));
		assertThat(bribery.activities()).extracting(PortfolioActivity::id)
			.containsExactlyInAnyOrder(plan.direct(), plan.inherited(), plan.groupOnly());
		assertThat(bribery.counts()).isEqualTo(new PortfolioCounts(3, 2, 1, 1));
		assertThat(bribery.sources()).extracting(GroupPortfolio.SourceLine::code).containsExactly("WEF", "IMD", "PRS", "GI");
		assertThat(bribery.sources()).filteredOn(s -> s.code().equals("WEF"))
			.singleElement()
			.satisfies(s -> assertThat(s.counts().activities()).isEqualTo(1));
		assertThat(activity(bribery.activities(), plan.direct()).progress().reportId())
			.as("a member reads accepted reports aimed at the group").isEqualTo(latestReport);

		GroupPortfolio oversight = TestPlans.as(member("EFFECTIVENESS"), () -> portfolios.group("OVERSIGHT", FY));
		assertThat(oversight.activities()).extracting(PortfolioActivity::id)
			.containsExactlyInAnyOrder(plan.direct(), plan.inherited());
		assertThat(activity(oversight.activities(), plan.direct()).progress().reportId())
			.as("another group's member gets no report link").isNull();
	}

	@Test
	void sourcePageListsThePortfolioAndLinksReportsOnlyForThoseWhoMayReadThem() throws Exception {
		String report = "/reporting/reports/" + latestReport;
		mvc.perform(get("/cpi/sources/EIU").param("fy", String.valueOf(FY)).with(user(reporterOf(plan.agencies().paoT1()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Economist Intelligence Unit")))
			.andExpect(content().string(containsString("นักวิเคราะห์ความเสี่ยงทั่วโลก")))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("ผ่านประเด็น 1.1")))
			.andExpect(content().string(containsString("ล่าช้าเพราะรองบประมาณ")))
			.andExpect(content().string(containsString("กรมทดสอบสอง")))
			.andExpect(content().string(not(containsString("ร่างที่ยังไม่ส่ง"))))
			.andExpect(content().string(not(containsString("ส่งแล้วแต่ยังไม่รับรอง"))))
			.andExpect(content().string(not(containsString(report))));
		mvc.perform(get(report).with(user(reporterOf(plan.agencies().paoT1())))).andExpect(status().isNotFound());

		mvc.perform(get("/cpi/sources/WEF").param("fy", String.valueOf(FY)).param("lang", "en")
			.with(user(reporterOf(plan.agencies().department1()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tagged directly")))
			.andExpect(content().string(containsString("href=\"" + report + "\"")));
		mvc.perform(get("/cpi/sources/NOPE").with(user(reporterOf(plan.agencies().paoT1())))).andExpect(status().isNotFound());
	}

	@Test
	void groupPageShowsCountsAndTheMembersOwnGroup() throws Exception {
		mvc.perform(get("/cpi/groups/BRIBERY").param("fy", String.valueOf(FY)).with(user(member("BRIBERY"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("คณะทำงานของท่าน")))
			.andExpect(content().string(containsString("data-count=\"activities\">3<")))
			.andExpect(content().string(containsString("data-count=\"delayed\">1<")))
			.andExpect(content().string(containsString("ระบุคณะทำงานโดยตรง")))
			.andExpect(content().string(containsString("href=\"/reporting/reports/" + latestReport + "\"")));
		mvc.perform(get("/cpi/groups/OVERSIGHT").param("fy", String.valueOf(FY)).with(user(member("BRIBERY"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("คณะทำงานของท่าน"))));
		mvc.perform(get("/cpi").with(user(member("BRIBERY"))))
			.andExpect(content().string(containsString("href=\"/cpi/groups/BRIBERY\"")))
			.andExpect(content().string(containsString("href=\"/cpi/sources/WEF\"")));
	}

	@Test
	void jsonPortfoliosGiveReportIdsOnlyWhereTheUserMayOpenTheReport() throws Exception {
		mvc.perform(get("/api/v1/cpi/sources/WEF/portfolio").param("fy", String.valueOf(FY))
			.with(user(reporterOf(plan.agencies().paoT1()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source.code").value("WEF"))
			.andExpect(jsonPath("$.activities[0].code").exists())
			.andExpect(jsonPath("$.activities[0].progress.status").value("DELAYED"))
			.andExpect(jsonPath("$.activities[0].progress.reportId").value(nullValue()))
			.andExpect(jsonPath("$.counts.activities").value(1));
		mvc.perform(get("/api/v1/cpi/groups/BRIBERY/portfolio").param("fy", String.valueOf(FY)).with(user(member("BRIBERY"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.withProgress").value(2))
			.andExpect(jsonPath("$.sources[0].code").value("WEF"))
			.andExpect(jsonPath("$.sources[0].counts.activities").value(1));
		mvc.perform(get("/api/v1/cpi/sources/WEF/portfolio").param("fy", String.valueOf(FY)).with(user(member("BRIBERY"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activities[0].progress.reportId").value(latestReport));
		mvc.perform(get("/api/v1/cpi/groups/NOPE/portfolio").with(user(member("BRIBERY"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("cpi.group.not-found"));
	}

	@Test
	void anonymousVisitorsCannotSeePortfolios() throws Exception {
		mvc.perform(get("/cpi/sources/EIU").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/cpi/groups/BRIBERY").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/cpi/sources/EIU/portfolio")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/cpi/groups/BRIBERY/portfolio")).andExpect(status().isUnauthorized());
	}

	private static PortfolioActivity activity(List<PortfolioActivity> activities, long id) {
		return activities.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	private static SujaritUser reporterOf(long agency) {
		return TestPlans.user(7_100 + agency, "reporter." + agency, Role.AGENCY_REPORTER, agency, null);
	}

	private static SujaritUser member(String group) {
		return TestPlans.user(7_200, "wg." + group, Role.WORKING_GROUP_MEMBER, null, group);
	}

}
