package org.sujarit.cpi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * The CPI pages and API through the real web layer, and every denial.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class CpiWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cpi cpi;

	@Test
	void dashboardShowsThailand2024WithItsChartAndSourceChanges() throws Exception {
		mvc.perform(get("/cpi?year=2024").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cpi-score\">34<")))
			.andExpect(content().string(containsString("Rank 107 of 180 countries")))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("data-chart-png=\"cpi-history\"")))
			.andExpect(content().string(containsString("32.935")))
			.andExpect(content().string(containsString("40 points short")))
			.andExpect(content().string(not(containsString("/cpi/2024/sources/WEF/edit"))));
		mvc.perform(get("/cpi?year=2025").with(reporter(800_101)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ลดลง 10")))
			.andExpect(content().string(containsString("เท่าเดิม")))
			.andExpect(content().string(containsString("ด้านการป้องกันการติดสินบน")));
	}

	@Test
	void coordinatorsSeeCorrectionLinks() throws Exception {
		mvc.perform(get("/cpi?year=2024").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cpi/2024/sources/WEF/edit")));
	}

	@Test
	void publicDashboardNeedsNoSignInAndOffersNoCorrection() throws Exception {
		mvc.perform(get("/public/cpi?year=2024").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">34<")))
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get("/api/v1/public/cpi")).andExpect(status().isOk()).andExpect(jsonPath("$[12].score").value(34));
	}

	@Test
	void anonymousVisitorsCannotReachTheSignedInPagesOrTheCorrectionForm() throws Exception {
		mvc.perform(get("/cpi").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/cpi/2024/sources/WEF/edit").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/cpi/thailand")).andExpect(status().isUnauthorized());
	}

	@Test
	void reportersCannotCorrectScores() throws Exception {
		mvc.perform(get("/cpi/2024/sources/WEF/edit").with(reporter(800_101))).andExpect(status().isForbidden());
		mvc.perform(post("/cpi/2024/sources/WEF").with(reporter(800_101)).with(csrf()).param("score", "50").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/cpi/2024/sources/WEF?version=0").with(reporter(800_101)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"score\": 50}")).andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(cpi.sourceScore(2024, "WEF").orElseThrow().score())
			.isEqualByComparingTo("33.8638");
	}

	@Test
	void coordinatorsCorrectAScoreThroughTheForm() throws Exception {
		SourceScore wef = cpi.sourceScore(2024, "WEF").orElseThrow();
		mvc.perform(get("/cpi/2024/sources/WEF/edit").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("33.8638")));
		mvc.perform(post("/cpi/2024/sources/WEF").with(coordinator()).with(csrf()).param("lang", "en")
			.param("score", "150").param("version", String.valueOf(wef.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("between 0 and 100")));
		mvc.perform(post("/cpi/2024/sources/WEF").with(coordinator()).with(csrf())
			.param("score", "35").param("version", String.valueOf(wef.version())))
			.andExpect(redirectedUrl("/cpi?year=2024"));
		mvc.perform(post("/cpi/2024/sources/WEF").with(coordinator()).with(csrf())
			.param("score", "36").param("version", String.valueOf(wef.version())))
			.andExpect(status().isConflict());
	}

	@Test
	void aseanPageAndApi() throws Exception {
		mvc.perform(get("/cpi/asean?year=2025").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Singapore")))
			.andExpect(content().string(containsString("data-chart-png=\"cpi-asean\"")));
		mvc.perform(get("/api/v1/cpi/2025/countries").with(reporter(800_101)))
			.andExpect(jsonPath("$[0].countryCode").value("SGP"))
			.andExpect(jsonPath("$[0].rank").value(3));
	}

	@Test
	void whatIfPageAndApi() throws Exception {
		mvc.perform(get("/cpi/what-if?year=2024").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"33.8638\"")))
			.andExpect(content().string(containsString("Score 34")));
		mvc.perform(get("/cpi/what-if?year=2024&run=1&s_WEF=50&s_GI=41&s_IMD=35.9833&s_PRS=32.7812&s_BF=34.2356"
				+ "&s_WJP=34.0622&s_EIU=34.5212&s_PERC=41.2857&s_VDEM=28.5728").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Score 37")))
			.andExpect(content().string(containsString("World rank it would have had: 99")));
		mvc.perform(get("/cpi/what-if?year=2024&run=1&s_WEF=abc").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Scores must be numbers from 0 to 100: WEF")));
		mvc.perform(post("/api/v1/cpi/what-if").with(reporter(800_101)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2024, \"scores\": {\"VDEM\": 40, \"PRS\": 40}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.estimate.score").value(36))
			.andExpect(jsonPath("$.rankAmongLoaded").value(6));
		mvc.perform(post("/api/v1/cpi/what-if").with(reporter(800_101)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": 2024, \"scores\": {\"VDEM\": 140}}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("cpi.score.range"));
		mvc.perform(get("/api/v1/cpi/2025/sources").with(reporter(800_101)))
			.andExpect(jsonPath("$[1].sourceCode").value("IMD"))
			.andExpect(jsonPath("$[1].trend").value("DOWN"));
	}

}
