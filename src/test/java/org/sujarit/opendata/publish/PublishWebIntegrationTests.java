package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sujarit.directory.TestPrincipals.admin;
import static org.sujarit.directory.TestPrincipals.approver;
import static org.sujarit.directory.TestPrincipals.coordinator;
import static org.sujarit.directory.TestPrincipals.reporter;
import static org.sujarit.directory.TestPrincipals.workingGroupMember;
import static org.sujarit.opendata.publish.TestPublishing.TOKEN;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.TestBudgets;

/**
 * Publishing from the document page: Sujarit's own catalogue always (an LAO without any portal account
 * publishes too), each enabled portal where the LAO has a token; who may press Publish and every denial;
 * a repeated form never publishes twice; a dataset being published is reported, not published again; the
 * portal edit form. Portals are {@link CkanDouble}s: no real CKAN runs in these tests.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PublishWebIntegrationTests {

	private static final Pattern DOCUMENT = Pattern.compile("/opendata/documents/(\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PortalRepository portals;

	@Autowired
	TokenCipher cipher;

	@Autowired
	PlatformTransactionManager transactions;

	long phayao;

	long chiangMai;

	CkanDouble ckan;

	@BeforeEach
	void setUp() throws Exception {
		phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		chiangMai = directory.agencyByCode(TestBudgets.CHIANG_MAI).orElseThrow().id();
		ckan = new CkanDouble().token(TOKEN, TestPublishing.ORG);
	}

	@AfterEach
	void tearDown() {
		ckan.close();
	}

	/** A valid 2569 ordinance of อบจ.พะเยา, uploaded by its reporter. */
	private long validDocument() throws Exception {
		return document(TestBudgets.smallBudget());
	}

	/** A 2569 ordinance of อบจ.พะเยา with these template rows, uploaded (and checked) by its reporter. */
	private long document(List<List<String>> rows) throws Exception {
		MvcResult uploaded = mvc
			.perform(multipart("/opendata/upload")
				.file(new MockMultipartFile("file", "งบประมาณ.xlsx", TestBudgets.XLSX, TestBudgets.templateWorkbook(rows)))
				.param("laoCode", TestBudgets.PHAYAO)
				.param("fiscalYear", "2569")
				.param("documentType", "ORDINANCE")
				.with(reporter(phayao))
				.with(csrf()))
			.andReturn();
		Matcher matcher = DOCUMENT.matcher(String.valueOf(uploaded.getResponse().getRedirectedUrl()));
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private MvcResult press(long id, RequestPostProcessor who, String key) throws Exception {
		return mvc.perform(post("/opendata/documents/" + id + "/publish").param("requestKey", key).with(who).with(csrf()))
			.andReturn();
	}

	private int publications(long id) {
		return jdbc.sql("select count(*) from opendata_publication where document_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	@Test
	void anApproverWithoutAnyPortalAccountPublishesToSujaritsCatalogue() throws Exception {
		long id = validDocument();
		mvc.perform(get("/opendata/documents/" + id).with(approver(phayao)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish-button\"")))
			.andExpect(content().string(containsString("data-once")));

		String key = UUID.randomUUID().toString();
		MvcResult pressed = press(id, approver(phayao), key);
		assertThat(pressed.getFlashMap().get("publishedIds")).isEqualTo(List.of(lastPublication(id)));

		assertThat(pressed.getFlashMap().get("publishRepeated")).isEqualTo(false);
		// (the result list itself is shown from these flash attributes; the browser journey sees it)
		String page = mvc.perform(get("/opendata/documents/" + id).with(approver(phayao)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"PUBLISHED\"")))
			.andExpect(content().string(containsString("แคตตาล็อกข้อมูลของระบบสุจริต")))
			.andExpect(content().string(not(containsString("id=\"publish-button\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-status=\"PUBLISHED\"", "/api/3/action/package_show?id=lao-2560101-budget-2569");
		mvc.perform(get("/api/3/action/package_show").param("id", "lao-2560101-budget-2569"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.organization.name").value("lao-2560101"))
			.andExpect(jsonPath("$.result.num_resources").value(5));
		assertThat(publications(id)).isEqualTo(1);

		// the same form sent again publishes nothing more and says so
		MvcResult again = press(id, approver(phayao), key);
		assertThat(publications(id)).isEqualTo(1);
		assertThat(again.getFlashMap().get("publishRepeated")).isEqualTo(true);
		assertThat(again.getFlashMap().get("publishedIds")).isEqualTo(pressed.getFlashMap().get("publishedIds"));
	}

	@Test
	void withATokenOnAnEnabledPortalTheDatasetAlsoGoesThereAndDisabledPortalsAreLeftOut() throws Exception {
		long enabled = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, enabled, phayao, TOKEN);
		long disabled = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, disabled, phayao, TOKEN);
		jdbc.sql("update opendata_ckan_portal set enabled = false where id = :id").param("id", disabled).update();
		long id = validDocument();

		MvcResult result = press(id, approver(phayao), UUID.randomUUID().toString());

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/opendata/documents/" + id + "#publish");
		assertThat(publications(id)).isEqualTo(2);
		assertThat(ckan.actions()).containsOnlyOnce("package_create");
		assertThat(ckan.publicView()).containsKey("lao-2560101-budget-2569");
		var table = ckan.datastore(ckan.dataset("lao-2560101-budget-2569").path("resources").path(0).path("id").asText());
		// the budget lines (the printed total rows are not data rows)
		assertThat(table.path("records")).hasSize(4);
		assertThat(table.path("fields").toString()).contains("\"amount\",\"type\":\"numeric\"");
		mvc.perform(get("/opendata/documents/" + id).with(approver(phayao)))
			.andExpect(content().string(containsString(ckan.baseUrl() + "/dataset/lao-2560101-budget-2569")));
		mvc.perform(get("/opendata/publications").with(approver(phayao)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แคตตาล็อกข้อมูลของระบบสุจริต")));
	}

	@Test
	void theFailingPortalsReasonIsShownInThai() throws Exception {
		long portal = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, portal, phayao, "not-the-portal-token");
		long id = validDocument();

		press(id, approver(phayao), UUID.randomUUID().toString());

		mvc.perform(get("/opendata/documents/" + id).with(approver(phayao)))
			.andExpect(content().string(containsString("ปฏิเสธ API token")))
			.andExpect(content().string(containsString("data-status=\"FAILED\"")))
			.andExpect(content().string(containsString("data-status=\"PUBLISHED\"")));
	}

	@Test
	void coordinatorsAndAdministratorsMayPublishReportersAndOthersMayNot() throws Exception {
		long id = validDocument();
		mvc.perform(get("/opendata/documents/" + id).with(reporter(phayao)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"publish-button\""))));
		for (RequestPostProcessor denied : List.of(reporter(phayao), approver(chiangMai), reporter(chiangMai),
				workingGroupMember())) {
			assertThat(press(id, denied, UUID.randomUUID().toString()).getResponse().getStatus()).isEqualTo(403);
		}
		mvc.perform(post("/api/v1/opendata/publications").with(reporter(phayao)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + id + "}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/opendata/publications").with(approver(chiangMai)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + id + "}")).andExpect(status().isForbidden());
		assertThat(publications(id)).isZero();

		mvc.perform(get("/opendata/documents/" + id).with(coordinator()))
			.andExpect(content().string(containsString("id=\"publish-button\"")));
		mvc.perform(post("/api/v1/opendata/publications").with(coordinator()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + id + ",\"requestKey\":\"api-1\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].target").value("แคตตาล็อกข้อมูลของระบบสุจริต"))
			.andExpect(jsonPath("$[0].publication.status").value("PUBLISHED"));
		mvc.perform(get("/opendata/documents/" + id).with(admin()))
			.andExpect(content().string(not(containsString("id=\"publish-button\""))));
	}

	@Test
	void aDocumentThatIsNotValidCannotBePublished() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(2).set(10, "59,999.50");
		long id = document(rows);

		mvc.perform(get("/opendata/documents/" + id).with(approver(phayao)))
			.andExpect(content().string(not(containsString("id=\"publish-button\""))));
		mvc.perform(post("/opendata/documents/" + id + "/publish").with(approver(phayao)).with(csrf()))
			.andExpect(redirectedUrl("/opendata/documents/" + id + "#publish"))
			.andExpect(flash().attribute("publishProblem", "opendata.output.not-valid"));
		// who may publish is checked before the document's files are made: an outsider learns nothing of it
		mvc.perform(post("/api/v1/opendata/publications").with(approver(chiangMai)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"documentId\":" + id + "}")).andExpect(status().isForbidden());
		assertThat(publications(id)).isZero();
	}

	@Test
	void aDatasetBeingPublishedIsReportedNotPublishedAgain() throws Exception {
		long id = validDocument();
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		own.executeWithoutResult(status -> jdbc.sql("""
				insert into opendata_publish_lease (dataset_key, owner, holder, expires_at)
				values ('lao-2560101-budget-2569', 'another-node', 'approver.other', now() + interval '5 minutes')
				""").update());
		try {
			mvc.perform(post("/opendata/documents/" + id + "/publish").with(approver(phayao)).with(csrf()))
				.andExpect(flash().attribute("publishProblem", "opendata.publish.busy"));
			mvc.perform(post("/api/v1/opendata/publications").with(approver(phayao)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":" + id + "}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("opendata.publish.busy"));
			assertThat(publications(id)).isZero();
		}
		finally {
			own.executeWithoutResult(status -> jdbc
				.sql("delete from opendata_publish_lease where dataset_key = 'lao-2560101-budget-2569'")
				.update());
		}
	}

	@Test
	void administratorsAndCoordinatorsEditAPortal() throws Exception {
		long id = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		mvc.perform(get("/opendata/portals/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"portal-edit\"")));
		mvc.perform(post("/opendata/portals/" + id).with(coordinator()).with(csrf())
			.param("name", "data.go.th (ทดสอบ)")
			.param("baseUrl", "https://data.go.th/")
			.param("licenseId", "Open Data Common")
			.param("_enabled", "on")
			.param("version", "0"))
			.andExpect(redirectedUrl("/opendata/portals/" + id));
		Portal edited = portals.portal(id).orElseThrow();
		assertThat(edited.name()).isEqualTo("data.go.th (ทดสอบ)");
		assertThat(edited.baseUrl()).isEqualTo("https://data.go.th");
		assertThat(edited.enabled()).isFalse();
		assertThat(edited.version()).isEqualTo(1);

		// an edit made on a page read before that change is refused
		mvc.perform(post("/opendata/portals/" + id).with(admin()).with(csrf())
			.param("name", "stale")
			.param("baseUrl", "https://data.go.th")
			.param("licenseId", "Open Data Common")
			.param("enabled", "true")
			.param("version", "0"))
			.andExpect(status().isConflict());
		assertThat(portals.portal(id).orElseThrow().name()).isEqualTo("data.go.th (ทดสอบ)");

		for (RequestPostProcessor denied : List.of(approver(phayao), reporter(phayao))) {
			mvc.perform(get("/opendata/portals/" + id).with(denied)).andExpect(status().isForbidden());
			mvc.perform(post("/opendata/portals/" + id).with(denied).with(csrf())
				.param("name", "x")
				.param("baseUrl", "https://x.example")
				.param("licenseId", "x")
				.param("enabled", "true")
				.param("version", "1"))
				.andExpect(status().isForbidden());
		}
		assertThat(portals.portal(id).orElseThrow().name()).isEqualTo("data.go.th (ทดสอบ)");
	}

	@Test
	void theOpenDataAreaLinksToPublicationsAndForCoordinatorsToPortals() throws Exception {
		mvc.perform(get("/opendata").with(coordinator()))
			.andExpect(content().string(containsString("id=\"link-portals\"")))
			.andExpect(content().string(containsString("id=\"link-publications\"")));
		mvc.perform(get("/opendata").with(approver(phayao)))
			.andExpect(content().string(not(containsString("id=\"link-portals\""))))
			.andExpect(content().string(containsString("id=\"link-publications\"")));
	}

	private Long lastPublication(long documentId) {
		return jdbc.sql("select max(id) from opendata_publication where document_id = :id")
			.param("id", documentId)
			.query(Long.class)
			.single();
	}

}
