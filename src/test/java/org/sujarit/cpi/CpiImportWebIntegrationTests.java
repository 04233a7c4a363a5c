package org.sujarit.cpi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * The import page and API through the real web layer (upload → check → apply), the pages that use
 * whole-world data, and every denial.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class CpiImportWebIntegrationTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	Cpi cpi;

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "CPI2024_Results.xlsx", XLSX, content);
	}

	@Test
	void coordinatorsUploadCheckAndApplyAStrictWorkbook() throws Exception {
		mvc.perform(get("/cpi").with(coordinator())).andExpect(content().string(containsString("href=\"/cpi/import\"")));
		mvc.perform(get("/cpi/import").with(coordinator()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		MvcResult upload = mvc.perform(multipart("/cpi/import").file(file(TiWorkbooks.strict(TiWorkbooks.results(2024))))
			.with(coordinator())
			.with(csrf())).andExpect(redirectedUrlPattern("/cpi/import/*")).andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		mvc.perform(get(page).with(coordinator()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CPI2024: an edition&#39;s results with source scores, header row 4, 8 countries")))
			.andExpect(content().string(containsString("Score 34, rank 7, 9 sources")))
			.andExpect(content().string(containsString("0 errors, 0 warnings")))
			.andExpect(content().string(containsString("name=\"years\" value=\"2024\"")));
		mvc.perform(post(page + "/apply").with(coordinator()).with(csrf()).param("years", "2024"))
			.andExpect(redirectedUrlPattern("/cpi/import/*"))
			.andExpect(flash().attribute("applied", true));
		mvc.perform(get(page).with(coordinator()).param("lang", "en"))
			.andExpect(content().string(containsString("id=\"cpi-import-applied\"")))
			.andExpect(content().string(not(containsString("name=\"years\""))));
		mvc.perform(get("/cpi/compare?year=2024&group=AP").with(reporter(800_101)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thailand ranks 4 of 4 in this group (score 34)")))
			.andExpect(content().string(not(containsString("Denmark"))));
		mvc.perform(get("/cpi/compare?year=2024&group=WORLD").with(reporter(800_101)).param("lang", "en"))
			.andExpect(content().string(containsString("Denmark")))
			.andExpect(content().string(containsString("Western Europe and the European Union")));
		mvc.perform(get("/cpi/what-if?year=2024&run=1&s_WEF=50&s_GI=41&s_IMD=35.9833&s_PRS=32.7812&s_BF=34.2356"
				+ "&s_WJP=34.0622&s_EIU=34.5212&s_PERC=41.2857&s_VDEM=28.5728").with(reporter(800_101)).param("lang", "en"))
			.andExpect(content().string(containsString("Score 37")))
			.andExpect(content().string(containsString("World rank it would have had: 6 of 8 countries")))
			.andExpect(content().string(containsString("Rank in Asia-Pacific: 3 of 4 countries")));
	}

	@Test
	void problemsAreListedBySheetRowAndColumnInThai() throws Exception {
		List<List<Object>> grid = TiWorkbooks.set(TiWorkbooks.resultsSheet(2024, TiWorkbooks.sample()), "DNK",
				"World Economic Forum EOS", 120);
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI2024", grid);
		MvcResult upload = mvc.perform(multipart("/cpi/import").file(file(TiWorkbooks.workbook(sheets)))
			.with(coordinator())
			.with(csrf())).andReturn();
		mvc.perform(get(upload.getResponse().getRedirectedUrl()).with(coordinator()))
			.andExpect(content().string(containsString("WEF ต้องอยู่ระหว่าง 0 ถึง 100 (พบ 120)")))
			.andExpect(content().string(containsString("id=\"cpi-import-problems\"")))
			.andExpect(content().string(not(containsString("name=\"years\""))));
		mvc.perform(multipart("/cpi/import").file(new MockMultipartFile("file", "CPI2024_Results.xlsx", XLSX,
				"not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่ใช่ไฟล์ Excel")));
	}

	@Test
	void theApiChecksAndApplies() throws Exception {
		mvc.perform(multipart("/api/v1/cpi/imports").file(file(TiWorkbooks.results(2024))).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.years[0].year").value(2024))
			.andExpect(jsonPath("$.years[0].thailand.score").value(34))
			.andExpect(jsonPath("$.appliedAt").doesNotExist());
		org.assertj.core.api.Assertions.assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().rank()).isEqualTo(107);
		mvc.perform(multipart("/api/v1/cpi/imports").file(file(TiWorkbooks.globalResultsTrends(2023, 2024)))
			.param("dryRun", "false")
			.param("years", "2024")
			.with(coordinator())
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.appliedYears[0]").value(2024));
		org.assertj.core.api.Assertions.assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().rank()).isEqualTo(7);
		List<List<Object>> grid = TiWorkbooks.set(TiWorkbooks.resultsSheet(2024, TiWorkbooks.sample()), "THA", "ISO3", "");
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI2024", grid);
		mvc.perform(multipart("/api/v1/cpi/imports").file(file(TiWorkbooks.workbook(sheets)))
			.param("dryRun", "false")
			.with(coordinator())
			.with(csrf())).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("cpi.import.has-errors"));
		mvc.perform(get("/v3/api-docs")).andExpect(jsonPath("$.paths", hasKey("/api/v1/cpi/imports")));
	}

	@Test
	void othersCannotImport() throws Exception {
		mvc.perform(get("/cpi").with(reporter(800_101))).andExpect(content().string(not(containsString("/cpi/import"))));
		mvc.perform(get("/cpi/import").with(reporter(800_101))).andExpect(status().isForbidden());
		mvc.perform(multipart("/cpi/import").file(file(TiWorkbooks.results(2024))).with(reporter(800_101)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cpi/import/00000000-0000-0000-0000-000000000000/apply").with(reporter(800_101)).with(csrf())
			.param("years", "2024")).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/cpi/imports").file(file(TiWorkbooks.results(2024))).with(reporter(800_101)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cpi/import").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(multipart("/api/v1/cpi/imports").file(file(TiWorkbooks.results(2024))).with(csrf()))
			.andExpect(status().isUnauthorized());
		org.assertj.core.api.Assertions.assertThat(cpi.countries(2024)).hasSize(11);
	}

}
