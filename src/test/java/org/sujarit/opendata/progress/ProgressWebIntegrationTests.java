package org.sujarit.opendata.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.approver;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;
import static org.sujarit.directory.TestPrincipals.workingGroupMember;
import static org.sujarit.opendata.progress.TestProgress.CITY_CHIANG_MAI;
import static org.sujarit.opendata.progress.TestProgress.PAO_CHIANG_MAI;
import static org.sujarit.opendata.progress.TestProgress.YEAR;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.platform.audit.AuditEntry;
import org.sujarit.platform.audit.AuditLog;

/**
 * The progress page, its downloads and its JSON through the real web layer: what the coordinator sees,
 * the filters and links, and every denial (agency users 403, anonymous to the sign-in page or 401).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ProgressWebIntegrationTests {

	private static final String FILTER = "?fiscalYear=" + YEAR + "&documentType=ORDINANCE";

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	TestProgress data;

	long city;

	@BeforeEach
	void documents() {
		data = new TestProgress(jdbc, directory);
		data.documents();
		data.cityContacts();
		city = data.lao(CITY_CHIANG_MAI).id();
	}

	@Test
	void theCoordinatorSeesTotalsTablesChartTargetAndTheListToChase() throws Exception {
		String page = mvc.perform(get("/opendata/progress" + FILTER + "&province=50").with(coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("ความคืบหน้าการเผยแพร่ข้อมูลงบประมาณของ อปท.")
			.contains("id=\"pao-target\"")
			.contains("อบจ. 2/76 = ร้อยละ 2.6")
			.contains("ยังไม่ถึงเป้าหมาย")
			.contains("<canvas id=\"progress-by-type\"")
			.contains("data-chart=\"{")
			.contains("&quot;type&quot;:&quot;bar&quot;")
			.contains("<caption>")
			.contains("scope=\"row\"")
			.contains("id=\"by-province\"")
			.contains("data-group=\"50\"")
			.doesNotContain("data-group=\"56\"")
			// the list to chase: the Chiang Mai city with its errors and its contact
			.contains("data-lao=\"3500102\"")
			.contains("finance@cmcity.example")
			.doesNotContain("old@cmcity.example")
			.contains("mailto:finance@cmcity.example")
			// a count links to its LAOs
			.contains("/opendata/progress?fiscalYear=" + YEAR + "&amp;documentType=ORDINANCE&amp;province=50&amp;state=INVALID#laos")
			.contains("/opendata/progress/laos.csv?fiscalYear=" + YEAR + "&amp;documentType=ORDINANCE&amp;province=50")
			.doesNotContain("<script>");
	}

	@Test
	void aCountsLinkListsTheLaosOfThatStateAndTheFilterIsKept() throws Exception {
		String page = mvc
			.perform(get("/opendata/progress" + FILTER + "&laoType=PROVINCIAL_ADMIN_ORG&state=OUT_OF_DATE").with(admin())
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("LAOs in state: Published, out of date")
			.contains("data-lao=\"" + TestProgress.PAO_CHIANG_MAI + "\"")
			.doesNotContain("data-lao=\"" + TestProgress.PAO_PHAYAO + "\"")
			.contains("<option value=\"PROVINCIAL_ADMIN_ORG\" selected=\"selected\"")
			.contains("<option value=\"OUT_OF_DATE\" selected=\"selected\"")
			.contains("PAOs 2/76 = 2.6%");
	}

	@Test
	void filtersThatMakeNoSenseShowTheDefaultsWithAWarning() throws Exception {
		mvc.perform(get("/opendata/progress?fiscalYear=1999&documentType=NONSENSE").with(coordinator()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The filters were not valid")));
	}

	@Test
	void theListDownloadsAsCsvAndXlsx() throws Exception {
		byte[] csv = mvc.perform(get("/opendata/progress/laos.csv" + FILTER + "&province=50&state=INVALID").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("chase-" + YEAR + "-ORDINANCE.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith(CITY_CHIANG_MAI + ",").contains("finance@cmcity.example");

		byte[] xlsx = mvc
			.perform(get("/opendata/progress/laos.xlsx" + FILTER + "&laoType=PROVINCIAL_ADMIN_ORG&province=50")
				.with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(PAO_CHIANG_MAI);
		}
	}

	@Test
	void theJsonHasTheSameCountsAndList() throws Exception {
		mvc.perform(get("/api/v1/opendata/progress" + FILTER + "&province=50").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filter.fiscalYear").value(YEAR))
			.andExpect(jsonPath("$.totals.counts.INVALID").value(1))
			.andExpect(jsonPath("$.totals.counts.OUT_OF_DATE").value(1))
			.andExpect(jsonPath("$.byProvince[0].provinceCode").value("50"))
			.andExpect(jsonPath("$.paoTarget.published").value(2))
			.andExpect(jsonPath("$.paoTarget.total").value(76))
			.andExpect(jsonPath("$.paoTarget.met").value(false));
		mvc.perform(get("/api/v1/opendata/progress/laos" + FILTER + "&province=50&state=INVALID").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.laos[0].code").value(CITY_CHIANG_MAI))
			.andExpect(jsonPath("$.laos[0].errorCount").value(3))
			.andExpect(jsonPath("$.laos[0].contacts[0].email").value("finance@cmcity.example"));
		mvc.perform(get("/api/v1/opendata/progress?fiscalYear=1999").with(coordinator()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("platform.error.invalid"));
		mvc.perform(get("/api/v1/opendata/progress?laoType=MINISTRY").with(coordinator()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("opendata.progress.not-a-local-government"));
		mvc.perform(get("/api/v1/opendata/progress/laos" + FILTER + "&limit=0").with(coordinator()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/opendata/progress")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/opendata/progress/laos")));
	}

	@Test
	void theCoordinatorWritesOneThaiReminderPerLaoAndDayToTheOutbox() throws Exception {
		mvc.perform(post("/opendata/progress/reminders" + FILTER + "&province=50").with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/opendata/progress" + FILTER + "&province=50#laos"))
			.andExpect(flash().attribute("notice", "opendata.reminder.done"));

		List<String[]> written = reminders();
		assertThat(written).hasSize(1);
		assertThat(written.get(0)[0]).isEqualTo("{finance@cmcity.example}");
		assertThat(written.get(0)[1]).contains("ปีงบประมาณ " + YEAR);
		assertThat(written.get(0)[2]).contains("มีข้อผิดพลาด").contains("แก้ไขข้อผิดพลาด");

		// a second press the same day writes nothing new, and says so
		mvc.perform(post("/api/v1/opendata/progress/reminders" + FILTER + "&province=50").with(coordinator())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(0))
			.andExpect(jsonPath("$.alreadyToday").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.withoutEmail").isNumber());
		assertThat(reminders()).hasSize(1);
		assertThat(audit.recent(null, "opendata_progress", 10)).extracting(AuditEntry::action)
			.containsExactly("OPENDATA_REMINDERS", "OPENDATA_REMINDERS");
	}

	@Test
	void laosWithoutAnEmailAreCountedNotWrittenTo() throws Exception {
		mvc.perform(post("/api/v1/opendata/progress/reminders" + FILTER).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.written").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			// every LAO of the directory but the city has no account with an e-mail in this test
			.andExpect(jsonPath("$.withoutEmail").value(org.hamcrest.Matchers.greaterThan(7_000)));
		assertThat(reminders()).hasSize(1).allSatisfy(row -> assertThat(row[0]).isNotEqualTo("{}"));
	}

	private List<String[]> reminders() {
		// only the city's: LAOs given e-mail accounts by other test classes may be reminded too
		return jdbc.sql("""
				select recipients::text, subject, body from platform_outbox
				where kind = 'OPENDATA_REMINDER' and agency_id = :city
				""")
			.param("city", city)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
	}

	@Test
	void agencyUsersAreRefusedEverything() throws Exception {
		for (RequestPostProcessor who : List.of(reporter(city), approver(city), workingGroupMember())) {
			for (String path : List.of("/opendata/progress", "/opendata/progress/laos.csv", "/opendata/progress/laos.xlsx",
					"/api/v1/opendata/progress", "/api/v1/opendata/progress/laos")) {
				mvc.perform(get(path + FILTER).with(who))
					.andExpect(status().isForbidden())
					.andExpect(content().string(not(containsString("finance@cmcity.example"))));
			}
		}
		mvc.perform(get("/api/v1/opendata/progress" + FILTER).with(reporter(city)))
			.andExpect(jsonPath("$.code").value("platform.error.forbidden"));
		for (RequestPostProcessor who : List.of(reporter(city), approver(city), workingGroupMember())) {
			for (String path : List.of("/opendata/progress/reminders", "/api/v1/opendata/progress/reminders")) {
				mvc.perform(post(path + FILTER).with(who).with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertThat(reminders()).isEmpty();
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndTheApiAsksForCredentials() throws Exception {
		mvc.perform(get("/opendata/progress").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/opendata/progress/laos.csv").accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/opendata/progress")).andExpect(status().isUnauthorized());
	}

	@Test
	void theBudgetDataPageLinksToProgressForCoordinatorsOnly() throws Exception {
		mvc.perform(get("/opendata").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-link\"")));
		mvc.perform(get("/opendata").with(reporter(city)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"progress-link\""))));
	}

}
