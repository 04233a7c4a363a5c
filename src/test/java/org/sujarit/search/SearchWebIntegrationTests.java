package org.sujarit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.SujaritApplication;
import org.sujarit.platform.cli.CommandLine;

/**
 * The search page and API: what each user sees, the messages for queries that cannot be searched (never a
 * stack trace), sign-in for anonymous callers, and the rebuild button and command.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SearchWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	String marker;

	long report;

	long agency;

	@BeforeEach
	void aReportWithAMarkerInItsNarrative() {
		marker = "zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		agency = 880_000 + ThreadLocalRandom.current().nextInt(10_000);
		long round = jdbc.sql("""
				insert into reporting_round (fiscal_year, kind, title_th, period_start, period_end, due_date, status, opened_by)
				values (2569, 'CUSTOM', 'ทดสอบค้นหา', date '2025-10-01', date '2026-03-31', :due, 'OPEN', 'test')
				returning id
				""").param("due", LocalDate.now().plusDays(10)).query(Long.class).single();
		// written directly, as an import or the demo data would: the catch-up brings it into the index
		report = jdbc.sql("""
				insert into reporting_report (round_id, activity_id, agency_id, agency_role, activity_code, source_code,
				       working_groups, state, progress_status, narrative)
				values (:round, 990001, :agency, 'LEAD', 'T-990001', 'SENATE', array['BRIBERY'], 'DRAFT', 'ON_TRACK', :text)
				returning id
				""")
			.param("round", round)
			.param("agency", agency)
			.param("text", "พบการติดสินบนเจ้าหน้าที่ <b>ตัวหนา</b> " + marker)
			.query(Long.class)
			.single();
		indexer.catchUp();
	}

	@Test
	void aCoordinatorSeesHighlightedThaiHitsWithLinks() throws Exception {
		mvc.perform(get("/search").param("q", "สินบน " + marker).param("lang", "th").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>ติดสินบน</mark>")))
			.andExpect(content().string(containsString("<mark>" + marker + "</mark>")))
			.andExpect(content().string(containsString("&lt;b&gt;ตัวหนา&lt;")))
			.andExpect(content().string(containsString("href=\"/reporting/reports/" + report + "\"")))
			.andExpect(content().string(containsString("พบ 1 รายการ")))
			.andExpect(content().string(not(containsString("search.admin.title"))));
	}

	@Test
	void anotherAgencysReporterDoesNotSeeTheReport() throws Exception {
		mvc.perform(get("/search").param("q", marker).with(user(SearchIntegrationTests.reporter(agency + 1))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/reporting/reports/" + report))));
		mvc.perform(get("/api/v1/search").param("q", marker).with(user(SearchIntegrationTests.reporter(agency + 1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/search").param("q", marker).with(user(SearchIntegrationTests.reporter(agency))))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].id").value(report));
	}

	@Test
	void theApiAnswersWithTheSameHitsAndFilters() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "สินบน " + marker).with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.words[0]").value("สินบน"))
			.andExpect(jsonPath("$.hits[0].kind").value("REPORT"))
			.andExpect(jsonPath("$.hits[0].state").value("DRAFT"))
			.andExpect(jsonPath("$.hits[0].fragments[0]").value(containsString("<mark>ติดสินบน</mark>")));
		mvc.perform(get("/api/v1/search").param("q", marker).param("state", "ACCEPTED")
			.with(user(SearchIntegrationTests.coordinator()))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/search").param("q", marker).param("agency", Long.toString(agency))
			.with(user(SearchIntegrationTests.coordinator()))).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void queriesThatCannotBeSearchedGetAClearMessage() throws Exception {
		mvc.perform(get("/search").param("q", " ").param("lang", "th").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาพิมพ์คำที่ต้องการค้นหา")));
		mvc.perform(get("/search").param("q", "ก".repeat(201)).param("lang", "en").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The search is too long (at most 200 characters)")));
		mvc.perform(get("/search").param("q", "(\"*:").param("lang", "en").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The search has no searchable words")))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/api/v1/search").param("q", " ").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("search.query.empty"));
		mvc.perform(get("/api/v1/search").param("q", "[{}]").with(user(SearchIntegrationTests.coordinator())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("search.query.no-words"));
	}

	@Test
	void anonymousCallersMustSignIn() throws Exception {
		mvc.perform(get("/search").param("q", marker).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/search").param("q", marker)).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyAnAdministratorMayRebuildTheIndex() throws Exception {
		mvc.perform(post("/search/rebuild").with(user(SearchIntegrationTests.coordinator())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/search").with(user(SearchIntegrationTests.admin())).param("lang", "en"))
			.andExpect(content().string(containsString("Rebuild the index")));
		mvc.perform(post("/search/rebuild").with(user(SearchIntegrationTests.admin())).with(csrf()))
			.andExpect(redirectedUrl("/search"))
			.andExpect(flash().attribute("notice", "search.rebuild.started"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> !index.rebuilding() && index.ready());
		mvc.perform(get("/api/v1/search").param("q", marker).with(user(SearchIntegrationTests.coordinator())))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void theRebuildCommandRunsWithoutAWebServer() {
		String[] args = { "search", "rebuild", "--spring.profiles.active=test" };
		SpringApplication application = new SpringApplication(SujaritApplication.class);
		CommandLine.configure(application, args);
		var context = application.run(args);
		java.nio.file.Path dir = context.getBean(SearchProperties.class).indexDir();
		boolean open = context.getBean(SearchIndex.class).ready();
		assertThat(SpringApplication.exit(context)).isZero();
		assertThat(dir.resolve(SearchIndex.CURRENT)).exists();
		assertThat(open).as("the command closes the index it built").isFalse();
	}

}
