package org.sujarit.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.reporting.TestReports.aReport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * Bad input on the report form: the reporter gets a clear Thai message and everything typed stays on the
 * page; nothing already saved is lost.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ReportPageIntegrationTests {

	static final long AGENCY = ReportingSecurityIntegrationTests.OWN_AGENCY;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftSavesAndRedirectsWithANotice() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0")
			.param("narrative", "ผลการดำเนินงานรอบแรก")
			.param("budgetAllocated", "๑,๒๐๐,๐๐๐.๕๐"))
			.andExpect(redirectedUrl("/reporting/reports/" + report))
			.andExpect(flash().attribute("notice", "reporting.report.saved"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select budget_allocated from reporting_report where id = :id")
			.param("id", report)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("1200000.50");
	}

	@Test
	void theReportPageShowsTheNewestVersionsAndLinksToTheWholeHistory() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		int saves = ReportPage.RECENT + 2;
		for (int version = 0; version < saves; version++) {
			mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter()))
				.with(csrf())
				.param("version", Integer.toString(version))
				.param("narrative", "ผลการดำเนินงาน ครั้งที่ " + (version + 1)))
				.andExpect(redirectedUrl("/reporting/reports/" + report));
		}

		String page = mvc.perform(get("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/reporting/reports/" + report + "/history")))
			.andReturn().getResponse().getContentAsString();
		String history = mvc.perform(get("/reporting/reports/" + report + "/history")
			.with(user(ReportingSecurityIntegrationTests.reporter())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ประวัติทั้งหมดของรายงาน")))
			.andExpect(content().string(containsString("<details open=\"open\">")))
			.andReturn().getResponse().getContentAsString();

		org.assertj.core.api.Assertions.assertThat(comparisonLinks(page, report)).isEqualTo(ReportPage.RECENT);
		org.assertj.core.api.Assertions.assertThat(comparisonLinks(history, report)).isEqualTo(saves);
	}

	private static int comparisonLinks(String html, long report) {
		return html.split("/reporting/reports/" + report + "/versions/", -1).length - 1;
	}

	@Test
	void textInANumberFieldIsExplainedAndNothingTypedIsLost() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0")
			.param("narrative", "ข้อความที่พิมพ์ยาวมากและต้องไม่หาย")
			.param("budgetAllocated", "หนึ่งล้านบาท"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณากรอกเป็นตัวเลข")))
			.andExpect(content().string(containsString("ข้อความที่พิมพ์ยาวมากและต้องไม่หาย")))
			.andExpect(content().string(containsString("หนึ่งล้านบาท")));
	}

	@Test
	void aNegativeAmountIsRefusedWithTheFormKept() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0")
			.param("narrative", "ผลงาน")
			.param("budgetDisbursed", "-500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จำนวนเงินต้องไม่ติดลบ")))
			.andExpect(content().string(containsString("-500")));
	}

	@Test
	void aConcurrentEditIsExplainedAndTheLosersTextStaysOnThePage() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0").param("narrative", "ฉบับของคนแรก"));
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0").param("narrative", "ฉบับของคนที่สอง"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นบันทึกรายงานนี้ก่อนท่าน")))
			.andExpect(content().string(containsString("ฉบับของคนที่สอง")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select narrative from reporting_report where id = :id")
			.param("id", report)
			.query(String.class)
			.single()).isEqualTo("ฉบับของคนแรก");
	}

	@Test
	void submittingIncompleteWorkListsWhatIsMissing() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		mvc.perform(post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0").param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกสถานะการดำเนินงาน")))
			.andExpect(content().string(containsString("กรุณากรอกผลการดำเนินงาน")));
	}

	@Test
	void aDoubleClickedSubmitSaysItIsAlreadyDone() throws Exception {
		long report = aReport(jdbc).agency(AGENCY).persist();
		var submit = post("/reporting/reports/" + report).with(user(ReportingSecurityIntegrationTests.reporter())).with(csrf())
			.param("version", "0").param("action", "submit").param("progressStatus", "ON_TRACK").param("narrative", "ผล");
		mvc.perform(submit).andExpect(flash().attribute("notice", "reporting.report.submitted"));
		mvc.perform(submit)
			.andExpect(redirectedUrl("/reporting/reports/" + report))
			.andExpect(flash().attribute("problem", "reporting.workflow.already-done"));
	}

}
