package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * "Validate your open-data CSV before you publish it", through the API and the page: a Frictionless-style
 * report for good and bad files (Windows-874 included), clear refusals of files that are no CSV or too
 * large, nothing stored, and sign-in required.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CsvValidationWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private RequestPostProcessor officer() {
		return reporter(directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id());
	}

	static String csv() {
		return TestBudgets.twoLaosCsv();
	}

	private MockMultipartHttpServletRequestBuilder api(String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/opendata/validate");
		request.file(new MockMultipartFile("file", name, "text/csv", content));
		return request;
	}

	@Test
	void aWindows874FileOfTwoLaosGetsAFrictionlessReportAndNothingIsStored() throws Exception {
		long documents = jdbc.sql("select count(*) from opendata_document").query(Long.class).single();
		long files = jdbc.sql("select count(*) from platform_file").query(Long.class).single();
		JsonNode report = json.readTree(mvc.perform(api("งบ.csv", csv().getBytes(Charset.forName("windows-874")))
				.with(officer()).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(report.path("valid").asBoolean()).isFalse();
		JsonNode task = report.path("tasks").path(0);
		assertThat(task.path("encoding").asText()).isEqualTo("CSV_WINDOWS_874");
		assertThat(task.path("laos").asInt()).isEqualTo(2);
		assertThat(task.path("stats").path("rows").asInt()).isEqualTo(6);
		List<String> errors = new ArrayList<>();
		task.path("errors").forEach(e -> errors.add(e.path("type").asText() + "@" + e.path("rowNumber").asInt() + ":"
				+ e.path("fieldName").asText() + "=" + e.path("cell").asText()));
		assertThat(errors).containsExactly("formula-error@6:amount=#REF!", "foreign-key@6:plan_name=แผนงานสวนสนุก",
				"grand-total-mismatch@7:amount=15000");
		assertThat(task.path("errors").path(2).path("message").asText())
			.isEqualTo("The printed grand total, 15,000.00 baht, differs from the sum of the 1 lines, 10,000.00 baht (difference 5,000.00).");
		assertThat(task.path("errors").path(2).path("note").asText()).contains("15,000.00");
		assertThat(jdbc.sql("select count(*) from opendata_document").query(Long.class).single()).isEqualTo(documents);
		assertThat(jdbc.sql("select count(*) from platform_file").query(Long.class).single()).isEqualTo(files);
	}

	@Test
	void aDeclaredDocumentIsCheckedAgainstItsLaoAndYear() throws Exception {
		JsonNode report = json.readTree(mvc.perform(api("งบ.csv", csv().getBytes(StandardCharsets.UTF_8))
				.param("laoCode", TestBudgets.PHAYAO).param("fiscalYear", "2569").with(officer()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		List<String> errors = new ArrayList<>();
		report.path("tasks").path(0).path("errors").forEach(e -> errors.add(e.path("type").asText() + "@"
				+ e.path("rowNumber").asInt()));
		// Chiang Mai's lines are not Phayao's; the totals cover the whole file as one document
		assertThat(errors).contains("unknown-lao@5", "unknown-lao@6", "unknown-lao@7", "duplicate-row@5");
		mvc.perform(api("งบ.csv", csv().getBytes(StandardCharsets.UTF_8)).param("laoCode", TestBudgets.PHAYAO)
			.with(officer()).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Please give both the LAO code and the fiscal year")));
	}

	@Test
	void filesThatAreNoCsvOrTooLargeAreRefusedClearly() throws Exception {
		byte[] workbook = TestBudgets.templateWorkbook(TestBudgets.smallBudget());
		mvc.perform(api("budget.csv", workbook).with(officer()).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("This is an Excel file, not a CSV")));
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(api("budget.csv", pdf).with(officer()).with(csrf()).header("Accept-Language", "th"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("platform.tabular.unsupported")));
		byte[] big = new byte[21 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		mvc.perform(api("budget.csv", big).with(officer()).with(csrf()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("The file is larger than 20 MB")));
	}

	@Test
	void thePageShowsTheReport() throws Exception {
		mvc.perform(get("/opendata/validate").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/opendata/validate\"")));
		mvc.perform(multipart("/opendata/validate")
				.file(new MockMultipartFile("file", "งบ.csv", "text/csv", csv().getBytes(StandardCharsets.UTF_8)))
				.param("lang", "en").with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"validate-invalid\"")))
			.andExpect(content().string(containsString("data-code=\"grand-total-mismatch\"")))
			.andExpect(content().string(containsString("Encoding CSV_UTF8")));
		mvc.perform(multipart("/opendata/validate")
				.file(new MockMultipartFile("file", "งบ.csv", "text/csv",
						TestBudgets.templateWorkbook(TestBudgets.smallBudget())))
				.param("lang", "th").with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"validate-problem\"")))
			.andExpect(content().string(containsString("ไฟล์นี้เป็นไฟล์ Excel ไม่ใช่ CSV")));
	}

	@Test
	void signingInIsRequired() throws Exception {
		mvc.perform(api("งบ.csv", csv().getBytes(StandardCharsets.UTF_8)).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/opendata/validate").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
	}

}
