package org.sujarit.platform.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;

/**
 * The JSON API is described by an OpenAPI document anyone can read.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiDocumentationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDocumentListsEveryModulesApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").exists())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/reports/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/rounds")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/agencies")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/planning/activities")));
	}

}
