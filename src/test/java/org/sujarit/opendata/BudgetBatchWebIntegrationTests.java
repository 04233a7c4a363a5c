package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.platform.audit.AuditEntry;
import org.sujarit.platform.audit.AuditLog;

/**
 * The national batch: a CSV of several LAOs in, a zip out with the open-data package of every LAO without
 * errors, a report of every LAO and the issues; files whose LAOs are split or whose columns are wrong give
 * no packages; only coordinators and administrators may run it; nothing is stored but an audit entry.
 */
@IntegrationTest
@AutoConfigureMockMvc
class BudgetBatchWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private static final String PACKAGE = "budget-" + TestBudgets.PHAYAO + "-2569-ordinance";

	@Test
	void theValidLaoIsPackagedTheInvalidOneOnlyReportedAndNothingIsStored() throws Exception {
		long documents = jdbc.sql("select count(*) from opendata_document").query(Long.class).single();
		byte[] zip = mvc.perform(post("/api/v1/opendata/batch").param("fileName", "งบทั้งจังหวัด.csv")
				.contentType("text/csv")
				.content(CsvValidationWebIntegrationTests.csv().getBytes(StandardCharsets.UTF_8))
				.with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("X-Sujarit-Packaged", "1"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, byte[]> entries = unzip(zip);
		String folder = TestBudgets.PHAYAO + "/" + PACKAGE;
		assertThat(entries).containsOnlyKeys(folder + ".csv", folder + ".xlsx", folder + "-datapackage.json",
				folder + ".csv-metadata.json", "report.csv", "issues.csv");
		List<String> csv = lines(entries.get(folder + ".csv"));
		assertThat(csv).hasSize(3);
		assertThat(csv.get(0)).startsWith("line_no,lao_code,lao_name");
		assertThat(csv.get(2)).contains("วัสดุกีฬา", "5000.00");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entries.get(folder + ".xlsx")))) {
			assertThat(workbook.getSheet("budget").getLastRowNum()).isEqualTo(2);
		}
		assertThat(new String(entries.get(folder + "-datapackage.json"), StandardCharsets.UTF_8)).contains(PACKAGE + ".csv");
		List<String> report = lines(entries.get("report.csv"));
		assertThat(report.get(0)).isEqualTo("lao_code,lao_name,lines,errors,packaged");
		assertThat(report.get(1)).startsWith(TestBudgets.PHAYAO + ",").endsWith(",2,0,true");
		assertThat(report.get(2)).startsWith(TestBudgets.CHIANG_MAI + ",").endsWith(",false");
		assertThat(lines(entries.get("issues.csv"))).anySatisfy(line -> assertThat(line).contains("#REF!"));
		assertThat(jdbc.sql("select count(*) from opendata_document").query(Long.class).single()).isEqualTo(documents);
		AuditEntry entry = audit.recent(null, "opendata_batch", 1).get(0);
		assertThat(entry.action()).isEqualTo("OPENDATA_BATCH");
		assertThat(entry.after()).contains("งบทั้งจังหวัด.csv", "\"packaged\": 1", "\"laos\": 2");
	}

	@Test
	void anLaoWhoseLinesAreSplitStopsThePackagingWithAClearMessage() throws Exception {
		String csv = CsvValidationWebIntegrationTests.csv();
		String[] rows = csv.split("\r\n");
		// Phayao's first line again after Chiang Mai's
		String split = csv + rows[1] + "\r\n";
		mvc.perform(post("/api/v1/opendata/batch").contentType("text/csv").content(split.getBytes(StandardCharsets.UTF_8))
				.header("Accept-Language", "en")
				.with(coordinator()).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("sort the file by LAO code")));
	}

	@Test
	void aFileThatIsNoCsvIsRefused() throws Exception {
		mvc.perform(post("/api/v1/opendata/batch").contentType("text/csv")
				.content(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 })
				.with(coordinator()).with(csrf()))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void thePageOffersTheBatchToCoordinatorsAndSendsTheZip() throws Exception {
		mvc.perform(get("/opendata/validate").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"batch\"")));
		byte[] zip = mvc.perform(multipart("/opendata/validate/packages")
				.file(new MockMultipartFile("file", "b.csv", "text/csv",
						CsvValidationWebIntegrationTests.csv().getBytes(StandardCharsets.UTF_8)))
				.with(coordinator())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("opendata-batch.zip")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(unzip(zip)).containsKey("report.csv");
	}

	@Test
	void theBatchIsRefusedToAnLaoOfficerOnThePageAndThroughTheApi() throws Exception {
		long phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		mvc.perform(get("/opendata/validate").with(reporter(phayao)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"batch\""))));
		mvc.perform(multipart("/opendata/validate/packages")
				.file(new MockMultipartFile("file", "b.csv", "text/csv",
						CsvValidationWebIntegrationTests.csv().getBytes(StandardCharsets.UTF_8)))
				.with(reporter(phayao))
				.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/opendata/batch").contentType("text/csv")
				.content(CsvValidationWebIntegrationTests.csv().getBytes(StandardCharsets.UTF_8))
				.with(reporter(phayao)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/opendata/batch").contentType("text/csv").content("a,b\r\n").with(csrf()))
			.andExpect(status().isUnauthorized());
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static List<String> lines(byte[] csv) {
		String text = new String(csv, StandardCharsets.UTF_8);
		return List.of(text.replace("\uFEFF", "").split("\r?\n"));
	}

}
