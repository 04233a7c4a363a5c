package org.sujarit.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.coordinator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;

/**
 * The import pages: upload, the dry-run table with before → after, apply, and a refused file.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AgencyImportPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void uploadShowsTheDryRunThenApplies() throws Exception {
		directory.saveAgency(new NewAgency("WEB-OLD", "ชื่อเดิม", null, null, AgencyType.OTHER, null, null, null));
		MockMultipartFile file = new MockMultipartFile("file", "agencies.xlsx", "application/octet-stream",
				"code,name_th,type\r\nWEB-OLD,ชื่อใหม่,OTHER\r\nWEB-NEW,หน่วยงานเว็บ,OTHER\r\n".getBytes(StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/directory/agencies/import").file(file).with(coordinator()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/directory/agencies/import/[0-9a-f-]{36}");
		mvc.perform(get(location).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CSV (UTF-8)")))
			.andExpect(content().string(containsString("ชื่อเดิม")))
			.andExpect(content().string(containsString("ชื่อใหม่")))
			.andExpect(content().string(containsString("ยืนยันนำเข้า (เพิ่มใหม่ 1 เปลี่ยนแปลง 1)")));
		assertThat(directory.agencyByCode("WEB-NEW")).isEmpty();
		mvc.perform(post(location + "/apply").with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("นำเข้าแล้ว: เพิ่มใหม่ 1 เปลี่ยนแปลง 1 ไม่เปลี่ยนแปลง 0")));
		assertThat(directory.agencyByCode("WEB-NEW")).isPresent();
		assertThat(directory.agencyByCode("WEB-OLD").orElseThrow().nameTh()).isEqualTo("ชื่อใหม่");
		mvc.perform(post(location + "/apply").with(coordinator()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(directory.count("WEB-NEW", null, null)).isEqualTo(1);
	}

	@Test
	void aRefusedFileIsExplainedOnTheUploadPage() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "agencies.csv", "text/csv", new byte[0]);
		mvc.perform(multipart("/directory/agencies/import").file(file).with(coordinator()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไฟล์ว่างเปล่า")));
		MockMultipartFile wrong = new MockMultipartFile("file", "agencies.csv", "text/csv",
				"dla_code,name\r\n1,x\r\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/directory/agencies/import").file(wrong).with(coordinator()).with(csrf()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file has columns the system does not know: dla_code, name")));
	}

	@Test
	void rowErrorsAreListedFirstAndApplyIsNotOffered() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
				"code,name_th,type\r\nWEB-A,,OTHER\r\nWEB-B,บี,OTHER\r\n".getBytes(StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/directory/agencies/import").file(file).with(coordinator()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่มีชื่อหน่วยงาน (name_th)")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("/apply").doesNotContain("WEB-B");
		mvc.perform(get(location).param("outcome", "ALL").with(coordinator()))
			.andExpect(content().string(containsString("WEB-B")));
	}

}
