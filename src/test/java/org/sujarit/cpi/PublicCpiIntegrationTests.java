package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;

/**
 * The public CPI dashboard and its open data, without sign-in: history with the confidence band, sources
 * with their changes, working groups, the target gap, ASEAN; JSON and CSV with licence, caching and CORS.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PublicCpiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePublicDashboardHasEverythingWithoutSignIn() throws Exception {
		mvc.perform(get("/public/cpi").param("year", "2024").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("confidence interval (low)")))
			.andExpect(content().string(containsString("Scores by source")))
			.andExpect(content().string(containsString("working groups")))
			.andExpect(content().string(containsString("Gap to the national target")))
			.andExpect(content().string(containsString("href=\"/public/cpi/asean\"")))
			.andExpect(content().string(containsString("href=\"/api/v1/public/cpi/sources.csv\"")))
			.andExpect(content().string(containsString("CC BY-ND 4.0")))
			.andExpect(content().string(not(containsString("/cpi/sources/WEF\""))))
			.andExpect(content().string(not(containsString("/cpi/groups/"))));
		mvc.perform(get("/public/cpi/asean").param("year", "2025").param("lang", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Singapore")));
	}

	@Test
	void historyAsJsonAndCsv() throws Exception {
		mvc.perform(get("/api/v1/public/cpi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[12].year").value(2024))
			.andExpect(jsonPath("$[12].score").value(34))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(header().string("Link", containsString("by-nd/4.0")))
			.andExpect(header().exists("ETag"));
		String csv = mvc.perform(get("/api/v1/public/cpi/history.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Cache-Control", containsString("max-age=3600")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("year,country_code,score,rank,countries,standard_error,ci_low,ci_high,sources\r\n")
			.contains("\r\n2024,THA,34,107,180,");
	}

	@Test
	void sourcesWithTheirChangesAsJsonAndCsv() throws Exception {
		mvc.perform(get("/api/v1/public/cpi/sources"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2024 && @.sourceCode == 'WEF')].scoreUnrounded").value(33.8638));
		String csv = mvc.perform(get("/api/v1/public/cpi/sources.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("year,source_code,source_name,score,score_unrounded,previous_year_score,change\r\n")
			.contains("\r\n2024,WEF,World Economic Forum Executive Opinion Survey,34,33.8638,")
			.doesNotStartWith("\ufeff");
		mvc.perform(get("/api/v1/public/cpi/groups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("BRIBERY"))
			.andExpect(jsonPath("$[0].sources[0].sourceCode").exists());
		mvc.perform(get("/api/v1/public/cpi/target"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetScore").value(73));
		mvc.perform(get("/api/v1/public/cpi/2025/countries").header("Origin", "https://news.example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andExpect(jsonPath("$[0].countryCode").value("SGP"));
	}

}
