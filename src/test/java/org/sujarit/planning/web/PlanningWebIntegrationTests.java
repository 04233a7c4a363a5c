package org.sujarit.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityFilter;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.KpiDraft;
import org.sujarit.planning.Planning;
import org.sujarit.planning.TestPlans;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * Pages and JSON API of planning: who may read and who may change, and the main editing journeys.
 */
@IntegrationTest
@Transactional
class PlanningWebIntegrationTests {

	static final SujaritUser COORDINATOR = TestPlans.user(901, "coordinator", Role.COORDINATOR, null, null);

	static final SujaritUser ADMIN = TestPlans.user(902, "admin", Role.SYSTEM_ADMIN, null, null);

	static final SujaritUser WORKING_GROUP = TestPlans.user(904, "wg", Role.WORKING_GROUP_MEMBER, null, "BRIBERY");

	@Autowired
	WebApplicationContext context;

	/** Built on the shared test context (no second application context just for MockMvc). */
	MockMvc mvc;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	SujaritUser reporter;

	TestPlans.Agencies agencies;

	TestPlans.Tree tree;

	long activity;

	long kpi;

	@BeforeEach
	void plan() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		agencies = TestPlans.agencies(directory);
		reporter = TestPlans.user(903, "reporter", Role.AGENCY_REPORTER, agencies.department1(), null);
		TestPlans.as(COORDINATOR, () -> {
			tree = TestPlans.tree(planning);
			activity = planning.createActivity(TestPlans.shortTerm(tree.measure(), 2566));
			planning.assign(activity, List.of(agencies.department1()), AgencyRole.LEAD);
			kpi = planning.addKpi(activity, new KpiDraft("จำนวนผู้เข้าร่วมอบรม", "คน", null, new BigDecimal("300"), true, null));
			return null;
		});
	}

	// --- who may read

	@Test
	void anonymousVisitorsAreSentToSignInAndApiCallersGet401() throws Exception {
		mvc.perform(get("/planning/sources").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/planning/activities/{id}", activity).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/api/v1/planning/sources")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/planning/activities/{id}", activity)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/planning/activities").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void everySignedInUserReadsSourcesTreesAndActivities() throws Exception {
		mvc.perform(get("/planning/sources").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ข้อเสนอแนะทดสอบ")))
			.andExpect(content().string(not(containsString("/planning/sources/new"))));
		mvc.perform(get("/planning/sources/{id}", tree.source()).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มาตรการทดสอบ")))
			.andExpect(content().string(containsString("กิจกรรมทดสอบระยะสั้น")));
		mvc.perform(get("/planning/activities").param("source", String.valueOf(tree.source())).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A66-001")))
			.andExpect(content().string(containsString("กรมทดสอบหนึ่ง")));
		mvc.perform(get("/planning/activities/{id}", activity).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จำนวนผู้เข้าร่วมอบรม")))
			.andExpect(content().string(containsString("กรมทดสอบหนึ่ง")))
			.andExpect(content().string(containsString("หน่วยงานหลัก")))
			.andExpect(content().string(containsString("ด้านการป้องกันการติดสินบน")))
			.andExpect(content().string(containsString("150,000.50")))
			.andExpect(content().string(not(containsString("/edit"))));
	}

	@Test
	void pagesRenderInEnglish() throws Exception {
		mvc.perform(get("/planning/sources").param("lang", "en").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recommendations and plans")));
		mvc.perform(get("/planning/activities/{id}", activity).param("lang", "en").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Responsible agencies")));
	}

	@Test
	void theApiServesSourcesTreesAndActivities() throws Exception {
		mvc.perform(get("/api/v1/planning/sources").with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'TEST_SRC')].activities").value(hasItem(1)));
		mvc.perform(get("/api/v1/planning/sources/{id}", tree.source()).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source.code").value("TEST_SRC"))
			.andExpect(jsonPath("$.roots[0].item.code").value("1"))
			.andExpect(jsonPath("$.roots[0].children[0].activities[0].code").value("A66-001"));
		mvc.perform(get("/api/v1/planning/activities").param("fy", "2566")
			.param("source", "TEST_SRC")
			.param("workingGroup", "BRIBERY")
			.with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$[0].code").value("A66-001"))
			.andExpect(jsonPath("$[0].cpiSources[0]").value("EIU"));
		mvc.perform(get("/api/v1/planning/activities/{id}", activity).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activity.code").value("A66-001"))
			.andExpect(jsonPath("$.agencies[0].code").value("TEST-DEP1"))
			.andExpect(jsonPath("$.agencies[0].role").value("LEAD"))
			.andExpect(jsonPath("$.kpis[0].versions[0].nameTh").value("จำนวนผู้เข้าร่วมอบรม"));
		mvc.perform(get("/api/v1/planning/activities/{id}", -5).with(user(reporter)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("planning.activity.not-found"));
	}

	@Test
	void aWorkingGroupMemberSeesTheirGroupFirstAndCanSeeAll() throws Exception {
		mvc.perform(get("/planning/activities").with(user(WORKING_GROUP)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("defaultedGroup", true))
			.andExpect(model().attribute("filter",
					new ActivityFilter(null, null, "BRIBERY", null, null, null, null, null)));
		mvc.perform(get("/planning/activities").param("workingGroup", "").with(user(WORKING_GROUP)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("defaultedGroup", false))
			.andExpect(model().attribute("filter", ActivityFilter.all()));
	}

	// --- who may change: reporters may not

	@Test
	void aReporterCannotOpenOrSubmitAnyPlanningForm() throws Exception {
		String id = String.valueOf(activity);
		List<MockHttpServletRequestBuilder> denied = List.of(get("/planning/sources/new"),
				post("/planning/sources").param("code", "HACK").param("nameTh", "x"),
				get("/planning/sources/{id}/edit", tree.source()),
				post("/planning/sources/{id}", tree.source()).param("code", "HACK").param("nameTh", "x").param("version", "0"),
				get("/planning/sources/{id}/items/new", tree.source()),
				post("/planning/sources/{id}/items", tree.source()).param("code", "9").param("level", "AREA").param("titleTh", "x"),
				get("/planning/items/{id}/edit", tree.area()),
				post("/planning/items/{id}", tree.area()).param("code", "1").param("level", "AREA").param("titleTh", "x").param("version", "0"),
				post("/planning/items/{id}/delete", tree.area()).param("version", "0"),
				get("/planning/activities/new"),
				post("/planning/activities").param("itemId", String.valueOf(tree.measure())).param("fiscalYear", "2566").param("titleTh", "x"),
				get("/planning/activities/{id}/edit", id),
				post("/planning/activities/{id}", id).param("itemId", String.valueOf(tree.measure())).param("fiscalYear", "2566").param("titleTh", "hacked").param("version", "0"),
				get("/planning/activities/{id}/agencies", id),
				get("/planning/activities/{id}/agencies/search", id).param("q", "ทดสอบ"),
				post("/planning/activities/{id}/agencies", id).param("agencyId", String.valueOf(agencies.department2())),
				post("/planning/activities/{id}/agencies/select", id).param("types", "PROVINCIAL_ADMIN_ORG").param("expected", "2"),
				post("/planning/activities/{id}/agencies/{agency}/role", id, agencies.department1()).param("role", "CO"),
				post("/planning/activities/{id}/agencies/{agency}/remove", id, agencies.department1()),
				post("/planning/activities/{id}/kpis", id).param("nameTh", "x"),
				get("/planning/kpis/{id}/edit", kpi),
				post("/planning/kpis/{id}", kpi).param("nameTh", "x").param("version", "1"),
				post("/planning/kpis/{id}/retire", kpi).param("version", "1"));
		for (MockHttpServletRequestBuilder request : denied) {
			mvc.perform(request.with(user(reporter)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(planning.activity(activity).orElseThrow().titleTh()).isEqualTo("กิจกรรมทดสอบระยะสั้น");
		assertThat(planning.assignmentsOf(activity)).hasSize(1);
		assertThat(planning.kpis(activity)).singleElement().satisfies(k -> assertThat(k.definitionVersion()).isEqualTo(1));
		assertThat(planning.sourceByCode("HACK")).isEmpty();
	}

	@Test
	void aReporterCannotCreateOrChangeThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/planning/activities").with(user(reporter))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\": %d, \"fiscalYear\": 2566, \"titleTh\": \"x\"}".formatted(tree.measure())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("platform.error.forbidden"));
		mvc.perform(put("/api/v1/planning/activities/{id}", activity).with(user(reporter))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\": %d, \"fiscalYear\": 2566, \"titleTh\": \"x\", \"version\": 0}".formatted(tree.measure())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/planning/activities/{id}/agencies", activity).with(user(reporter))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"agencyCodes\": [\"TEST-DEP2\"]}"))
			.andExpect(status().isForbidden());
		assertThat(planning.assignmentsOf(activity)).hasSize(1);
	}

	@Test
	void aSystemAdministratorEditsSourcesAndItemsButNotActivities() throws Exception {
		mvc.perform(get("/planning/sources/new").with(user(ADMIN))).andExpect(status().isOk());
		mvc.perform(post("/planning/sources").with(user(ADMIN))
			.with(csrf())
			.param("code", "ADMIN_SRC")
			.param("nameTh", "ข้อเสนอแนะที่ผู้ดูแลเพิ่ม")
			.param("active", "true")).andExpect(status().is3xxRedirection());
		long source = planning.sourceByCode("ADMIN_SRC").orElseThrow().id();
		mvc.perform(post("/planning/sources/{id}/items", source).with(user(ADMIN))
			.with(csrf())
			.param("code", "1")
			.param("level", "AREA")
			.param("titleTh", "ด้านที่ ๑")
			.param("workingGroups", "BUDGET")).andExpect(status().is3xxRedirection());
		assertThat(planning.items(source)).singleElement()
			.satisfies(item -> assertThat(item.workingGroups()).containsExactly("BUDGET"));
		mvc.perform(get("/planning/activities/new").with(user(ADMIN))).andExpect(status().isForbidden());
	}

	// --- coordinators' journeys

	@Test
	void aCoordinatorEditsSourcesAndItemsWithRulesShownOnTheForm() throws Exception {
		mvc.perform(get("/planning/sources/{id}/edit", tree.source()).with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"TEST_SRC\"")));
		mvc.perform(post("/planning/sources/{id}", tree.source()).with(user(COORDINATOR))
			.with(csrf())
			.param("code", "TEST_SRC")
			.param("nameTh", "ข้อเสนอแนะทดสอบ (แก้ไข)")
			.param("active", "true")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(planning.source(tree.source()).orElseThrow().nameTh()).isEqualTo("ข้อเสนอแนะทดสอบ (แก้ไข)");
		mvc.perform(get("/planning/sources/{id}/items/new", tree.source()).param("parent", String.valueOf(tree.measure()))
			.with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1.1.\"")));
		mvc.perform(post("/planning/sources/{id}/items", tree.source()).with(user(COORDINATOR))
			.with(csrf())
			.param("parentId", String.valueOf(tree.measure()))
			.param("code", "1.1.1")
			.param("level", "AREA")
			.param("titleTh", "มาตรการย่อย"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ด้าน/ประเด็นต้องอยู่ระดับบนสุด")));
		mvc.perform(get("/planning/items/{id}/edit", tree.measure()).with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มาตรการทดสอบ")));
	}

	@Test
	void aCoordinatorCreatesAnActivityThroughTheForm() throws Exception {
		mvc.perform(get("/planning/activities/new").param("item", String.valueOf(tree.measure())).with(user(COORDINATOR)))
			.andExpect(status().isOk());
		mvc.perform(activityForm().param("titleTh", "โครงการใหม่").param("startDate", "2022-10-01").param("endDate", "2023-03-31"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/planning/activities/*"));
		assertThat(planning.activityByCode("A66-002")).isPresent()
			.get()
			.satisfies(created -> assertThat(created.titleTh()).isEqualTo("โครงการใหม่"));
	}

	@Test
	void hardErrorsAreShownOnTheirFieldsInThai() throws Exception {
		mvc.perform(post("/planning/activities").with(user(COORDINATOR))
			.with(csrf())
			.param("itemId", String.valueOf(tree.measure()))
			.param("planTerm", "SHORT")
			.param("titleTh", " ")
			.param("fiscalYear", "2023")
			.param("plannedBudget", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาระบุชื่อกิจกรรม/โครงการ")))
			.andExpect(content().string(containsString("ปีงบประมาณต้องเป็นปีพุทธศักราชระหว่าง 2500 ถึง 2700")))
			.andExpect(content().string(containsString("งบประมาณต้องไม่ติดลบ")));
		assertThat(planning.activityByCode("A66-002")).isEmpty();
	}

	@Test
	void datesOutsideTheFiscalYearWarnAndSaveOnceConfirmed() throws Exception {
		mvc.perform(activityForm().param("titleTh", "งานต่อเนื่อง").param("startDate", "2021-10-01").param("endDate", "2023-09-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันดำเนินการอยู่นอกปีงบประมาณ พ.ศ. 2566 (1 ต.ค. 2565 – 30 ก.ย. 2566)")));
		assertThat(planning.activityByCode("A66-002")).isEmpty();
		mvc.perform(activityForm().param("titleTh", "งานต่อเนื่อง")
			.param("startDate", "2021-10-01")
			.param("endDate", "2023-09-30")
			.param("warningsConfirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(planning.activityByCode("A66-002")).isPresent();
	}

	@Test
	void aConcurrentEditKeepsTheFormAndExplains() throws Exception {
		mvc.perform(get("/planning/activities/{id}/edit", activity).with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กิจกรรมทดสอบระยะสั้น")));
		mvc.perform(post("/planning/activities/{id}", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("itemId", String.valueOf(tree.measure()))
			.param("fiscalYear", "2566")
			.param("planTerm", "SHORT")
			.param("titleTh", "ชื่อจากคนแรก")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/planning/activities/{id}", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("itemId", String.valueOf(tree.measure()))
			.param("fiscalYear", "2566")
			.param("planTerm", "SHORT")
			.param("titleTh", "ชื่อจากคนที่สอง")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนท่านบันทึก")))
			.andExpect(content().string(containsString("ชื่อจากคนที่สอง")));
		assertThat(planning.activity(activity).orElseThrow().titleTh()).isEqualTo("ชื่อจากคนแรก");
	}

	@Test
	void assigningManyAgenciesShowsTheCountFirstAndChecksItOnConfirm() throws Exception {
		mvc.perform(get("/planning/activities/{id}/agencies", activity).param("types", "PROVINCIAL_ADMIN_ORG")
			.param("provinces", "T1", "T2")
			.with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จะมอบหมายให้ 2 หน่วยงาน")))
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดทดสอบสอง")));
		mvc.perform(post("/planning/activities/{id}/agencies/select", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("types", "PROVINCIAL_ADMIN_ORG")
			.param("provinces", "T1", "T2")
			.param("expected", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รายชื่อหน่วยงานเปลี่ยนไปหลังจากดูตัวอย่าง")));
		assertThat(planning.assignmentsOf(activity)).hasSize(1);
		mvc.perform(post("/planning/activities/{id}/agencies/select", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("types", "PROVINCIAL_ADMIN_ORG")
			.param("provinces", "T1", "T2")
			.param("role", "CO")
			.param("expected", "2")).andExpect(status().is3xxRedirection());
		assertThat(planning.assignmentsOf(activity)).hasSize(3);
		mvc.perform(get("/planning/activities/{id}/agencies", activity).with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("หน่วยงานที่รับผิดชอบขณะนี้ (3 หน่วยงาน)")));
	}

	@Test
	void aCoordinatorFindsAndAddsOneAgencyWithTypeAhead() throws Exception {
		mvc.perform(get("/planning/activities/{id}/agencies/search", activity).param("q", "กรมทดสอบ")
			.with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรมทดสอบสอง")))
			.andExpect(content().string(containsString("ได้รับมอบหมายแล้ว")));
		mvc.perform(post("/planning/activities/{id}/agencies", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("agencyId", String.valueOf(agencies.department2()))
			.param("role", "LEAD")).andExpect(status().is3xxRedirection());
		assertThat(planning.assignmentsOf(activity)).extracting(a -> a.agencyId())
			.containsExactly(agencies.department1(), agencies.department2());
		mvc.perform(post("/planning/activities/{id}/agencies/{agency}/remove", activity, agencies.department2())
			.with(user(COORDINATOR))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(planning.assignmentsOf(activity)).hasSize(1);
	}

	@Test
	void aCoordinatorChangesAKpiAndSeesItsHistory() throws Exception {
		mvc.perform(get("/planning/kpis/{id}/edit", kpi).with(user(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จำนวนผู้เข้าร่วมอบรม")));
		mvc.perform(post("/planning/kpis/{id}", kpi).with(user(COORDINATOR))
			.with(csrf())
			.param("nameTh", "จำนวนผู้เข้าร่วมอบรม")
			.param("unitTh", "คน")
			.param("target", "360")
			.param("higherIsBetter", "true")
			.param("reason", "เพิ่มรุ่นอบรม")
			.param("version", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/planning/activities/{id}", activity).with(user(reporter)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เพิ่มรุ่นอบรม")))
			.andExpect(content().string(containsString("360")));
		mvc.perform(post("/planning/activities/{id}/kpis", activity).with(user(COORDINATOR))
			.with(csrf())
			.param("nameTh", " ")
			.param("higherIsBetter", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาระบุชื่อตัวชี้วัด")));
	}

	@Test
	void aCoordinatorCreatesActivitiesAndAssignsAgenciesThroughTheApi() throws Exception {
		mvc.perform(post("/api/v1/planning/activities").with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sourceCode": "TEST_SRC", "itemCode": "1.1", "fiscalYear": 2567, "titleTh": "โครงการผ่าน API",
					 "plannedBudget": 1000000, "cpiSources": ["WEF"], "startDate": "2023-10-01", "endDate": "2024-09-30"}
					"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/planning/activities/")))
			.andExpect(jsonPath("$.activity.code").value("A67-001"))
			.andExpect(jsonPath("$.activity.workingGroups").value(hasItem("BUDGET")));
		long created = planning.activityByCode("A67-001").orElseThrow().id();
		mvc.perform(post("/api/v1/planning/activities/{id}/agencies", created).with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"agencyCodes": ["TEST-DEP1"], "role": "LEAD",
					 "selector": {"types": ["PROVINCIAL_ADMIN_ORG"], "provinceCodes": ["T1", "T2"]}}
					"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added.length()").value(3))
			.andExpect(jsonPath("$.alreadyAssigned").value(0));
		mvc.perform(post("/api/v1/planning/activities").with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\": %d, \"fiscalYear\": 2023, \"titleTh\": \"\"}".formatted(tree.measure())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.violations[?(@.field == 'titleTh')].code").value(hasItem("planning.activity.title.required")))
			.andExpect(jsonPath("$.violations[?(@.field == 'fiscalYear')].severity").value(hasItem("ERROR")));
		mvc.perform(post("/api/v1/planning/activities").with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"itemId": %d, "fiscalYear": 2567, "titleTh": "งานข้ามปี", "startDate": "2022-01-01"}
					""".formatted(tree.measure())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("planning.activity.warnings.unconfirmed"));
		mvc.perform(put("/api/v1/planning/activities/{id}", created).with(user(COORDINATOR))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"itemId": %d, "fiscalYear": 2567, "titleTh": "แก้ไขผ่าน API", "version": 5}
					""".formatted(tree.measure())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("platform.error.concurrent-edit"));
	}

	private MockHttpServletRequestBuilder activityForm() {
		return post("/planning/activities").with(user(COORDINATOR))
			.with(csrf())
			.param("itemId", String.valueOf(tree.measure()))
			.param("fiscalYear", "2566")
			.param("planTerm", "SHORT");
	}

}
