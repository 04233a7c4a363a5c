package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.opendata.publish.TestPublishing.ORG;
import static org.sujarit.opendata.publish.TestPublishing.TOKEN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * Nothing half-published: a publication either completes or leaves the portal as its readers saw it
 * before. Failures are injected into {@link CkanDouble} (an HTTP server in this JVM; no real CKAN runs in
 * these tests) at every write step, for a new dataset and for an update of a published one, and the
 * portal's public view afterwards is compared with the view before.
 */
@IntegrationTest
@Transactional
class AtomicPublishIntegrationTests {

	@Autowired
	CkanPublisher publisher;

	@Autowired
	PortalRepository portals;

	@Autowired
	TokenCipher cipher;

	@TempDir
	Path dir;

	CkanDouble ckan;

	long portalId;

	@BeforeEach
	void setUp() throws IOException {
		ckan = new CkanDouble().token(TOKEN, ORG);
		portalId = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, portalId, 821, TOKEN);
		TestPublishing.signIn(TestPublishing.coordinator());
	}

	@AfterEach
	void tearDown() {
		ckan.close();
		SecurityContextHolder.clearContext();
	}

	/** A refusal the publisher does not retry (a 5xx would be retried, and then fail the same way). */
	private static final int REFUSED = 409;

	@ParameterizedTest(name = "{0} call {1} fails")
	@CsvSource({ "package_create, 0", "resource_create, 0", "resource_create, 1", "datastore_create, 0",
			"package_patch, 0" })
	void aNewDatasetThatFailsAtAnyStepIsNotOnThePortal(String action, int after) throws IOException {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 821, "6569811", 2569);
		Map<String, JsonNode> before = ckan.publicView();
		ckan.failAfter(action, after, REFUSED, 1);

		Publication failed = publisher.publish(dataset, portalId);

		assertThat(failed.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(ckan.publicView()).isEqualTo(before);
		assertThat(failed.portalDatasetUrl()).isNull();
		// not merely private: what the attempt created is deleted
		JsonNode left = ckan.dataset("lao-6569811-budget-2569");
		assertThat(left == null || left.path("state").asText().equals("deleted")).as(String.valueOf(left)).isTrue();

		// and publishing again (the portal keeps the deleted dataset's name) completes
		Publication retried = publisher.publish(dataset, portalId);

		assertThat(retried.status()).isEqualTo(PublicationStatus.PUBLISHED);
		JsonNode published = ckan.publicView().get("lao-6569811-budget-2569");
		assertThat(published).isNotNull();
		assertThat(published.path("resources")).hasSize(2);
		assertThat(published.path("resources").path(0).path("datastore_records")).hasSize(2);
		assertThat(ckan.actions()).doesNotContain("package_update");
	}

	@ParameterizedTest(name = "{0} call {1} fails")
	@CsvSource({ "resource_create, 0", "resource_create, 1", "datastore_create, 0", "package_patch, 0",
			"resource_delete, 0" })
	void anUpdateThatFailsBeforeItsCommitPointLeavesThePublishedDatasetAsItWas(String action, int after)
			throws IOException {
		DatasetToPublish first = TestPublishing.ordinance(dir, 821, "6569812", 2569);
		assertThat(publisher.publish(first, portalId).status()).isEqualTo(PublicationStatus.PUBLISHED);
		Map<String, JsonNode> before = ckan.publicView();
		ckan.failAfter(action, after, REFUSED, 1);

		Publication failed = publisher.publish(changed(first), portalId);

		assertThat(failed.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(ckan.publicView()).isEqualTo(before);
	}

	@Test
	void anOldFileThatCannotBeDeletedAfterTheCommitPointIsReportedNotUndone() throws IOException {
		DatasetToPublish first = TestPublishing.ordinance(dir, 821, "6569813", 2569);
		publisher.publish(first, portalId);
		ckan.failAfter("resource_delete", 1, REFUSED, 1);

		Publication publication = publisher.publish(changed(first), portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.PUBLISHED);
		JsonNode published = ckan.publicView().get("lao-6569813-budget-2569");
		assertThat(published.path("notes").asText()).isEqualTo(changed(first).descriptionTh());
		// the new files and one old file that is left over
		assertThat(published.path("resources")).hasSize(3);
	}

	@Test
	void theCsvRowsGoToTheDataStoreInBatchesWithTypesFromTheTableSchema() throws IOException {
		DatasetToPublish dataset = withDataPackage(TestPublishing.ordinance(dir, 821, "6569814", 2569), 2500);

		Publication publication = publisher.publish(dataset, portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(ckan.actions()).containsSubsequence("resource_create", "datastore_create", "datastore_upsert",
				"datastore_upsert", "resource_create");
		JsonNode table = ckan.datastore(publication.resources().get(0).portalResourceId());
		assertThat(table.path("records")).hasSize(2500);
		assertThat(table.path("fields").toString()).contains("{\"id\":\"fiscal_year\",\"type\":\"int\"}",
				"{\"id\":\"plan\",\"type\":\"text\"}", "{\"id\":\"amount\",\"type\":\"numeric\"}");
		assertThat(table.path("records").path(0).path("amount").isNumber()).isTrue();
	}

	@Test
	void aPortalWithoutTheDataStoreGetsOnlyTheFiles() throws IOException {
		ckan.extensions("thai_gdc", "scheming_datasets");

		Publication publication = publisher.publish(TestPublishing.ordinance(dir, 821, "6569815", 2569), portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(ckan.actions()).noneMatch(action -> action.startsWith("datastore_"));
	}

	/** The same dataset with a new description (metadata the update patches). */
	private static DatasetToPublish changed(DatasetToPublish dataset) {
		return new DatasetToPublish(dataset.documentId(), dataset.agencyId(), dataset.laoCode(), dataset.laoNameTh(),
				dataset.provinceNameTh(), dataset.fiscalYear(), dataset.documentType(), dataset.titleTh(),
				dataset.descriptionTh() + " (ฉบับแก้ไข)", dataset.resources());
	}

	/** A CSV of {@code rows} lines and its data package (Table Schema), as the budget outputs make them. */
	private DatasetToPublish withDataPackage(DatasetToPublish dataset, int rows) throws IOException {
		StringBuilder csv = new StringBuilder("fiscal_year,plan,expense_group,amount\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append(dataset.fiscalYear()).append(",แผนงาน ").append(i % 12).append(",งบดำเนินงาน,").append(1000 + i)
				.append(".50\r\n");
		}
		Files.writeString(dataset.resources().get(0).file(), csv, StandardCharsets.UTF_8);
		Path descriptor = dir.resolve("budget-" + dataset.laoCode() + "-datapackage.json");
		Files.writeString(descriptor, """
				{"name": "budget", "resources": [{"name": "budget", "path": "budget.csv", "schema": {"fields": [
				  {"name": "fiscal_year", "type": "year"}, {"name": "plan", "type": "string"},
				  {"name": "expense_group", "type": "string"}, {"name": "amount", "type": "number"}]}}]}
				""", StandardCharsets.UTF_8);
		List<DatasetToPublish.Resource> resources = new ArrayList<>(dataset.resources());
		resources.add(new DatasetToPublish.Resource("Data Package", "JSON", "application/json", descriptor, false));
		return new DatasetToPublish(dataset.documentId(), dataset.agencyId(), dataset.laoCode(), dataset.laoNameTh(),
				dataset.provinceNameTh(), dataset.fiscalYear(), dataset.documentType(), dataset.titleTh(),
				dataset.descriptionTh(), resources);
	}

}
