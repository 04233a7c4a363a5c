package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.sujarit.opendata.publish.TestPublishing.ORG;
import static org.sujarit.opendata.publish.TestPublishing.TOKEN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * The publication endpoint, the pages, and Sujarit's own catalogue: the CKAN-compatible read API, DCAT
 * in Turtle and JSON-LD (parsed back with RDF4J) and the file downloads they point to. The portal is
 * {@link CkanDouble}; no real CKAN runs in these tests.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@Import(CatalogueWebIntegrationTests.Datasets.class)
class CatalogueWebIntegrationTests {

	static final Map<Long, DatasetToPublish> DATASETS = new ConcurrentHashMap<>();

	@TestConfiguration
	static class Datasets {

		@Bean
		@org.springframework.context.annotation.Primary
		DatasetSource testDatasetSource() {
			return new DatasetSource() {
				@Override
				public DatasetToPublish dataset(long id) {
					DatasetToPublish dataset = DATASETS.get(id);
					if (dataset == null) {
						throw DomainException.notFound("opendata.publish.publication-not-found", id);
					}
					return dataset;
				}

				@Override
				public long agencyId(long id) {
					return dataset(id).agencyId();
				}
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalRepository portals;

	@Autowired
	TokenCipher cipher;

	@Autowired
	ObjectMapper json;

	@TempDir
	Path dir;

	CkanDouble ckan;

	long portalId;

	DatasetToPublish dataset;

	@BeforeEach
	void setUp() throws IOException {
		ckan = new CkanDouble().token(TOKEN, ORG);
		portalId = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, portalId, 811, TOKEN);
		dataset = TestPublishing.ordinance(dir, 811, "6560201", 2569);
		DATASETS.put(dataset.documentId(), dataset);
	}

	@AfterEach
	void tearDown() {
		ckan.close();
	}

	private String publish() throws Exception {
		return mvc
			.perform(post("/api/v1/opendata/publications").with(TestPrincipals.coordinator()).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":" + dataset.documentId() + ",\"portalId\":" + portalId + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publication.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publication.portalDatasetUrl").value(ckan.baseUrl() + "/dataset/lao-6560201-budget-2569"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publishingThroughTheApiAndTheCkanCompatibleReadApi() throws Exception {
		publish();
		mvc.perform(get("/api/3/action/package_search").param("q", "พะเยา").param("fq", "organization:lao-6560201"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.success").value(true))
			.andExpect(jsonPath("$.help").exists())
			.andExpect(jsonPath("$.result.count").value(1))
			.andExpect(jsonPath("$.result.results[0].name").value("lao-6560201-budget-2569"))
			.andExpect(jsonPath("$.result.results[0].organization.name").value("lao-6560201"));
		mvc.perform(get("/api/3/action/package_search").param("fq", "organization:lao-6560201").param("rows", "0"))
			.andExpect(jsonPath("$.result.count").value(1))
			.andExpect(jsonPath("$.result.results").isEmpty());
		mvc.perform(get("/api/3/action/package_search").param("fq", "res_format:CSV"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.success").value(false));
		String show = mvc.perform(get("/api/3/action/package_show").param("id", "lao-6560201-budget-2569"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.title").value(dataset.titleTh()))
			.andExpect(jsonPath("$.result.data_category").value("ข้อมูลสาธารณะ"))
			.andExpect(jsonPath("$.result.fiscal_year").value(2569))
			.andExpect(jsonPath("$.result.tags[*].name", hasItem("งบประมาณ")))
			.andExpect(jsonPath("$.result.resources.length()").value(2))
			.andExpect(jsonPath("$.result.resources[0].format").value("CSV"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String download = json.readTree(show).at("/result/resources/0/url").asText();
		assertThat(download).startsWith("http://localhost/api/v1/public/opendata/files/");
		assertThat(mvc.perform(get(download.substring("http://localhost".length())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("บริหารงานทั่วไป");
		mvc.perform(get("/api/3/action/package_show").param("id", "no-such-dataset"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.success").value(false))
			.andExpect(jsonPath("$.error.__type").value("Not Found Error"));
		mvc.perform(get("/api/3/action/organization_list"))
			.andExpect(jsonPath("$.result", hasItem("lao-6560201")));
		mvc.perform(get("/api/3/action/organization_show").param("id", "lao-6560201"))
			.andExpect(jsonPath("$.result.title").value("องค์การบริหารส่วนจังหวัดพะเยา"))
			.andExpect(jsonPath("$.result.package_count").value(1));
	}

	@Test
	void theDcatCatalogueParsesBackAsTurtleAndJsonLd() throws Exception {
		publish();
		String turtle = mvc.perform(get("/catalog.ttl"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/turtle"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		checkCatalogue(Rio.parse(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), "http://localhost/",
				RDFFormat.TURTLE));
		String jsonLd = mvc.perform(get("/catalog.jsonld"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		checkCatalogue(Rio.parse(new ByteArrayInputStream(jsonLd.getBytes(StandardCharsets.UTF_8)), "http://localhost/",
				RDFFormat.JSONLD));
	}

	private void checkCatalogue(Model model) {
		ValueFactory values = SimpleValueFactory.getInstance();
		String dcat = "http://www.w3.org/ns/dcat#";
		String dct = "http://purl.org/dc/terms/";
		IRI dataset = values.createIRI("http://localhost/catalog/datasets/lao-6560201-budget-2569");
		assertThat(model.contains(values.createIRI("http://localhost/catalog"), values.createIRI(dcat, "dataset"), dataset))
			.isTrue();
		assertThat(model.contains(dataset, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, values.createIRI(dcat, "Dataset")))
			.isTrue();
		Literal title = Models.objectLiteral(model.filter(dataset, values.createIRI(dct, "title"), null)).orElseThrow();
		assertThat(title.getLabel()).isEqualTo(dataset().titleTh());
		assertThat(title.getLanguage()).hasValue("th");
		Resource publisher = Models.objectResource(model.filter(dataset, values.createIRI(dct, "publisher"), null)).orElseThrow();
		assertThat(Models.objectLiteral(model.filter(publisher, values.createIRI("http://xmlns.com/foaf/0.1/", "name"), null))
			.orElseThrow()
			.getLabel()).isEqualTo("องค์การบริหารส่วนจังหวัดพะเยา");
		Resource period = Models.objectResource(model.filter(dataset, values.createIRI(dct, "temporal"), null)).orElseThrow();
		assertThat(Models.objectLiteral(model.filter(period, values.createIRI(dcat, "startDate"), null)).orElseThrow()
			.getLabel()).isEqualTo("2025-10-01");
		assertThat(Models.objectLiteral(model.filter(period, values.createIRI(dcat, "endDate"), null)).orElseThrow()
			.getLabel()).isEqualTo("2026-09-30");
		var distributions = Models.objectResources(model.filter(dataset, values.createIRI(dcat, "distribution"), null));
		assertThat(distributions).hasSize(2);
		for (Resource distribution : distributions) {
			Value download = Models.object(model.filter(distribution, values.createIRI(dcat, "downloadURL"), null)).orElseThrow();
			assertThat(download.stringValue()).startsWith("http://localhost/api/v1/public/opendata/files/");
			assertThat(Models.object(model.filter(distribution, values.createIRI(dcat, "mediaType"), null)).orElseThrow()
				.stringValue()).startsWith("http://www.iana.org/assignments/media-types/");
			assertThat(model.filter(distribution, values.createIRI(dct, "license"), null)).isNotEmpty();
		}
	}

	private DatasetToPublish dataset() {
		return dataset;
	}

	@Test
	void aRefusedPublicationAnswers422WithTheReasonInThai() throws Exception {
		ckan.existing("another-dataset", dataset.titleTh(), ORG);
		String body = mvc
			.perform(post("/api/v1/opendata/publications").with(TestPrincipals.coordinator()).with(csrf())
				.header("Accept-Language", "th")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"documentId\":" + dataset.documentId() + ",\"portalId\":" + portalId + "}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.publication.status").value("FAILED"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode answer = json.readTree(body);
		assertThat(answer.path("error").asText()).contains("ชื่อชุดข้อมูล (title)");
		mvc.perform(get("/opendata/publications").with(TestPrincipals.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lao-6560201-budget-2569")))
			.andExpect(content().string(containsString("ชื่อชุดข้อมูล (title)")));
	}

	@Test
	void whoMayPublishAndManagePortals() throws Exception {
		String request = "{\"documentId\":" + dataset.documentId() + ",\"portalId\":" + portalId + "}";
		mvc.perform(post("/api/v1/opendata/publications").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/opendata/publications").with(TestPrincipals.reporter(811)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/opendata/publications").with(TestPrincipals.approver(999)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(request)).andExpect(status().isForbidden());
		assertThat(ckan.actions()).isEmpty();
		mvc.perform(get("/opendata/portals").with(TestPrincipals.reporter(811))).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/portals").with(TestPrincipals.coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ckan.baseUrl())));
		mvc.perform(post("/opendata/portals/{id}/credentials", portalId).with(TestPrincipals.approver(811)).with(csrf())
			.param("agencyCode", "6560201")
			.param("ownerOrg", ORG)
			.param("maintainer", "x")
			.param("maintainerEmail", "x@example.go.th")
			.param("token", "token-12345678")).andExpect(status().isForbidden());
		mvc.perform(get("/opendata/portals/{id}", portalId).with(TestPrincipals.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ORG)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(TOKEN))));
		// the catalogue is public
		mvc.perform(get("/api/3/action/organization_list")).andExpect(status().isOk());
		mvc.perform(get("/catalog.ttl")).andExpect(status().isOk());
	}

}
