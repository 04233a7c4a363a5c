package org.sujarit.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.coordinator;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.security.Role;

/**
 * Every directory page renders for the people allowed to see it, in Thai and English.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DirectoryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void agencyListSearchesByTextTypeAndProvince() throws Exception {
		mvc.perform(get("/directory/agencies").param("q", "บางด้วน").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนตำบลบางด้วน")));
		mvc.perform(get("/directory/agencies").param("type", "PROVINCIAL_ADMIN_ORG").param("province", "50")
			.with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่")))
			.andExpect(content().string(containsString("พบ 1 หน่วยงาน")));
		mvc.perform(get("/directory/agencies").param("page", "3").param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 3 of")));
	}

	@Test
	void treeOpensMinistriesAndProvincesLazily() throws Exception {
		long ministry = directory.saveAgency(new NewAgency("T-MIN", "กระทรวงทดสอบ", null, null, AgencyType.MINISTRY, null, null, null));
		directory.saveAgency(new NewAgency("T-DEP", "กรมทดสอบ", null, null, AgencyType.DEPARTMENT, "T-MIN", null, null));
		mvc.perform(get("/directory/agencies/tree").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กระทรวงทดสอบ")))
			.andExpect(content().string(containsString("เชียงใหม่")));
		mvc.perform(get("/directory/agencies/tree/children").param("parent", Long.toString(ministry)).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรมทดสอบ")));
		mvc.perform(get("/directory/agencies/tree/province/50").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนตำบล (อบต.)")));
		mvc.perform(get("/directory/agencies/tree/province/50/PROVINCIAL_ADMIN_ORG").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่")));
	}

	@Test
	void agencyDetailShowsItsAccountsAndEditingUsesOptimisticLocking() throws Exception {
		Agency pao = directory.agencyByCode("2500101").orElseThrow();
		directory.createUser(new NewUser("pao.tester", "ผู้ทดสอบ อบจ.", null, null, null, pao.id(),
				Set.of(Role.AGENCY_REPORTER), null), "long enough password");
		mvc.perform(get("/directory/agencies/{id}", pao.id()).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pao.tester")));
		mvc.perform(get("/directory/agencies/{id}/edit", pao.id()).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่")));
		mvc.perform(post("/directory/agencies/{id}", pao.id()).with(coordinator()).with(csrf())
			.param("nameTh", "องค์การบริหารส่วนจังหวัดเชียงใหม่")
			.param("nameEn", "Chiang Mai Provincial Administrative Organisation")
			.param("type", "PROVINCIAL_ADMIN_ORG")
			.param("provinceCode", "50")
			.param("active", "true")
			.param("version", Integer.toString(pao.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.requireAgency(pao.id()).nameEn()).isEqualTo("Chiang Mai Provincial Administrative Organisation");
		// a second save from the same (now stale) form is refused, not silently applied
		mvc.perform(post("/directory/agencies/{id}", pao.id()).with(coordinator()).with(csrf())
			.param("nameTh", "ชื่อที่ไม่ควรบันทึก")
			.param("type", "PROVINCIAL_ADMIN_ORG")
			.param("active", "true")
			.param("version", Integer.toString(pao.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นแก้ไขข้อมูลนี้ก่อนท่านบันทึก")));
		assertThat(directory.requireAgency(pao.id()).nameTh()).isEqualTo("องค์การบริหารส่วนจังหวัดเชียงใหม่");
	}

	@Test
	void newAgencyFormCreatesAnAgencyAndRefusesATakenCode() throws Exception {
		mvc.perform(get("/directory/agencies/new").with(coordinator())).andExpect(status().isOk());
		mvc.perform(post("/directory/agencies").with(coordinator()).with(csrf())
			.param("code", "t-new")
			.param("nameTh", "หน่วยงานใหม่ทดสอบ")
			.param("type", "OTHER")
			.param("active", "true")
			.param("version", "0"))
			.andExpect(redirectedUrlPattern("/directory/agencies/*"));
		assertThat(directory.agencyByCode("T-NEW")).isPresent();
		mvc.perform(post("/directory/agencies").with(coordinator()).with(csrf())
			.param("code", "T-NEW")
			.param("nameTh", "ซ้ำ")
			.param("type", "OTHER")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รหัส T-NEW มีหน่วยงานใช้อยู่แล้ว")));
	}

	@Test
	void agencyApiPagesAndFilters() throws Exception {
		mvc.perform(get("/api/v1/agencies").param("type", "PROVINCIAL_ADMIN_ORG").param("size", "10").param("page", "2")
			.with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(76))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.items.length()").value(10));
		Agency pao = directory.agencyByCode("2500101").orElseThrow();
		mvc.perform(get("/api/v1/agencies/{id}", pao.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("2500101"))
			.andExpect(jsonPath("$.provinceTh").value("เชียงใหม่"));
		mvc.perform(get("/api/v1/agencies/{id}", 987654321).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("directory.agency.not-found"));
	}

	@Test
	void registrationPageAndUserPagesRender() throws Exception {
		mvc.perform(get("/directory/registration").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์กรปกครองส่วนท้องถิ่นทั้งหมด")));
		mvc.perform(get("/directory/registration").param("lang", "en").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All local governments")));
		long id = directory.createUser(new NewUser("listed.user", "ผู้ใช้ทดสอบ", null, null, null, null,
				Set.of(Role.COORDINATOR), null), "long enough password");
		mvc.perform(get("/directory/users").param("q", "listed").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("listed.user")));
		mvc.perform(get("/directory/users/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("listed.user")));
	}

	@Test
	void importPagesAndTemplatesRender() throws Exception {
		mvc.perform(get("/directory/agencies/import").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("province_code")));
		mvc.perform(get("/directory/agencies/import/template.csv").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("agencies-template.csv")))
			.andExpect(content().bytes(("\uFEFFcode,name_th,name_en,abbrev_th,type,parent_code,province_code,district_th\r\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		mvc.perform(get("/directory/agencies/import/template.xlsx").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	@Test
	void publicAccountRequestPagesRenderWithoutSigningIn() throws Exception {
		mvc.perform(get("/account-requests/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขอเปิดบัญชีผู้ใช้")));
		mvc.perform(get("/account-requests/new").param("q", "บางด้วน")).andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนตำบลบางด้วน")));
		mvc.perform(get("/account-requests/agencies").param("q", "อบจ.เชียงใหม่")).andExpect(status().isOk())
			.andExpect(content().string(containsString("องค์การบริหารส่วนจังหวัดเชียงใหม่")));
		mvc.perform(get("/account-requests/status")).andExpect(status().isOk());
		mvc.perform(get("/directory/account-requests").with(coordinator())).andExpect(status().isOk());
	}

}
