package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.planning.Planning;

/**
 * The public progress page and its open data (JSON, CSV) without sign-in: published rounds only, accepted
 * reports only, no personal data; grouped source → item, filterable by source; CORS and caching headers.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PublicProgressIntegrationTests {

	static final int FY = 2581;

	static final String ACCEPTED = "อบรมแล้ว 3 รุ่น, ผู้เข้าร่วม 180 คน \"ร้อยละ 95\"\nต่อเนื่องปีหน้า";

	@Autowired
	MockMvc mvc;

	@Autowired
	Reporting reporting;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	TestProgress.Plan plan;

	Round published;

	Round unpublished;

	@BeforeEach
	void roundsWithReportsInEveryState() {
		plan = TestProgress.plan(planning, directory, FY);
		published = TestProgress.round(reporting, FY, LocalDate.of(2038, 3, 31), true);
		unpublished = TestProgress.round(reporting, FY, LocalDate.of(2038, 9, 30), false);
		long d1 = plan.agencies().department1();
		TestProgress.report(jdbc, published.id(), plan.direct(), d1, ReportState.ACCEPTED, ProgressStatus.ON_TRACK, ACCEPTED);
		TestProgress.report(jdbc, published.id(), plan.direct(), plan.agencies().department2(), ReportState.DRAFT,
				ProgressStatus.ON_TRACK, "ข้อความร่างลับ");
		TestProgress.report(jdbc, published.id(), plan.inherited(), plan.agencies().paoT1(), ReportState.SUBMITTED,
				ProgressStatus.ON_TRACK, "ข้อความที่ส่งแล้วแต่ยังไม่รับรอง");
		TestProgress.report(jdbc, published.id(), plan.groupOnly(), d1, ReportState.RETURNED, ProgressStatus.DELAYED,
				"ข้อความที่ถูกส่งกลับ");
		TestProgress.report(jdbc, unpublished.id(), plan.direct(), d1, ReportState.ACCEPTED, ProgressStatus.COMPLETED,
				"ข้อความของรอบที่ยังไม่เผยแพร่");
	}

	@Test
	void publishedProgressIsGroupedBySourceAndItemWithCountsPerSource() {
		PublishedProgress progress = reporting.publishedProgressBySource(published.id(), null);
		assertThat(progress.sources()).singleElement().satisfies(source -> {
			assertThat(source.code()).isEqualTo("TEST_SRC");
			assertThat(source.items()).singleElement().satisfies(item -> {
				assertThat(item.code()).isEqualTo("1.1");
				assertThat(item.activities()).singleElement().satisfies(activity -> {
					assertThat(activity.activityId()).isEqualTo(plan.direct());
					assertThat(activity.agencies()).extracting(PublishedProgress.AgencyName::nameTh)
						.containsExactly("กรมทดสอบหนึ่ง", "กรมทดสอบสอง");
					assertThat(activity.progress()).singleElement().satisfies(p -> {
						assertThat(p.narrative()).isEqualTo(ACCEPTED);
						assertThat(p.role()).isEqualTo("LEAD");
					});
				});
			});
		});
		assertThat(progress.counts()).singleElement()
			.isEqualTo(new PublishedProgress.SourceCount("TEST_SRC", "ข้อเสนอแนะทดสอบ", 3, 1, 4, 1));
		assertThat(reporting.publishedProgressBySource(published.id(), "OTHER").sources()).isEmpty();
		assertThat(reporting.publishedProgressBySource(published.id(), "OTHER").counts()).hasSize(1);
	}

	@Test
	void thePublicPageShowsAcceptedProgressOnlyAndFiltersBySource() throws Exception {
		mvc.perform(get("/public/progress").param("round", String.valueOf(published.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ข้อเสนอแนะทดสอบ")))
			.andExpect(content().string(containsString("1.1 มาตรการทดสอบ")))
			.andExpect(content().string(containsString("อบรมแล้ว 3 รุ่น")))
			.andExpect(content().string(containsString("/api/v1/public/progress/" + published.id() + ".csv")))
			.andExpect(content().string(not(containsString("ข้อความร่างลับ"))))
			.andExpect(content().string(not(containsString("ข้อความที่ส่งแล้วแต่ยังไม่รับรอง"))))
			.andExpect(content().string(not(containsString("ข้อความที่ถูกส่งกลับ"))))
			.andExpect(content().string(not(containsString(TestProgress.PERSON))));
		mvc.perform(get("/public/progress").param("round", String.valueOf(published.id())).param("source", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("อบรมแล้ว 3 รุ่น"))));
	}

	@Test
	void anonymousVisitorsNeverSeeAnUnpublishedRound() throws Exception {
		mvc.perform(get("/api/v1/public/progress/" + unpublished.id())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("reporting.round.not-found"));
		mvc.perform(get("/api/v1/public/progress/" + unpublished.id() + ".csv")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/progress"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) published.id())))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) unpublished.id()))));
		mvc.perform(get("/public/progress").param("round", String.valueOf(unpublished.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ข้อความของรอบที่ยังไม่เผยแพร่"))));
	}

	@Test
	void jsonHoldsAcceptedReportsOnlyAndNoPersonalData() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/public/progress/" + published.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sources[0].code").value("TEST_SRC"))
			.andExpect(jsonPath("$.sources[0].items[0].activities[0].progress[0].narrative").value(ACCEPTED))
			.andExpect(jsonPath("$.counts[0].acceptedReports").value(1))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().exists("ETag"))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("ข้อความร่างลับ", "ข้อความที่ส่งแล้วแต่ยังไม่รับรอง", "ข้อความที่ถูกส่งกลับ",
				"ข้อความของรอบที่ยังไม่เผยแพร่", TestProgress.PERSON, "openedBy", "@");
		mvc.perform(get("/api/v1/public/progress/" + published.id())
			.header("If-None-Match", result.getResponse().getHeader("ETag")))
			.andExpect(status().isNotModified());
	}

	@Test
	void csvIsRfc4180WithAHeaderRowAndAcceptedReportsOnly() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/public/progress/" + published.id() + ".csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Type", containsString("UTF-8")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", containsString("max-age=300")))
			.andReturn();
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("round_id,fiscal_year,round_kind,source_code,source_name,item_code,item_title,"
				+ "activity_id,activity_code,activity_title,timeframe,agency,agency_role,progress_status,progress,accepted_on\r\n");
		assertThat(csv).contains(",กรมทดสอบหนึ่ง,LEAD,ON_TRACK,\"อบรมแล้ว 3 รุ่น, ผู้เข้าร่วม 180 คน \"\"ร้อยละ 95\"\"\nต่อเนื่องปีหน้า\",");
		assertThat(csv.split("\r\n")).hasSize(2);
		assertThat(csv).doesNotContain("ข้อความร่างลับ", "ข้อความที่ส่งแล้วแต่ยังไม่รับรอง", "ข้อความที่ถูกส่งกลับ",
				TestProgress.PERSON);
	}

	@Test
	void theOpenDataApiIsReadableFromAnyWebSiteButTheRestIsNot() throws Exception {
		mvc.perform(get("/api/v1/public/progress").header("Origin", "https://data.example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		mvc.perform(options("/api/v1/public/progress/" + published.id() + ".csv").header("Origin", "https://data.example.org")
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		mvc.perform(options("/api/v1/public/progress").header("Origin", "https://data.example.org")
			.header("Access-Control-Request-Method", "POST"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/rounds").header("Origin", "https://data.example.org")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(TestProgress.coordinator())))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

	@Test
	void theOpenDataIsListedInTheApiDocumentation() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/public/progress/{roundId}']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/progress/{roundId}.csv']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/cpi/sources.csv']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/public/cpi/history.csv']").exists())
			.andExpect(jsonPath("$.tags[*].description", hasItem(containsString("CC BY-ND 4.0"))));
	}

	@Test
	void theLandingPageLinksBothPublicPages() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/public/progress\"")))
			.andExpect(content().string(containsString("id=\"public-cpi\" href=\"/public/cpi\"")));
		assertThat(List.of(published.published(), unpublished.published())).containsExactly(true, false);
	}

}
