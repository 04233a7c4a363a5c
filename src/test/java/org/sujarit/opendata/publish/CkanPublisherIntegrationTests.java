package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sujarit.opendata.publish.TestPublishing.ORG;
import static org.sujarit.opendata.publish.TestPublishing.TOKEN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * Publication to a CKAN portal, against {@link CkanDouble} (a real HTTP server in this JVM; no real CKAN
 * runs in these tests).
 */
@IntegrationTest
@Transactional
class CkanPublisherIntegrationTests {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	CkanPublisher publisher;

	@Autowired
	PortalRepository portals;

	@Autowired
	PortalSettings settings;

	@Autowired
	TokenCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@TempDir
	Path dir;

	CkanDouble ckan;

	long portalId;

	@BeforeEach
	void setUp() throws IOException {
		ckan = new CkanDouble().token(TOKEN, ORG);
		portalId = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
		TestPublishing.credential(portals, cipher, portalId, 801, TOKEN);
		TestPublishing.signIn(TestPublishing.coordinator());
	}

	@AfterEach
	void tearDown() {
		ckan.close();
		SecurityContextHolder.clearContext();
	}

	@Test
	void createsTheDatasetThenPatchesItNeverUpdates() throws IOException {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 801, "6560101", 2569);

		Publication first = publisher.publish(dataset, portalId);

		assertThat(first.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(first.slug()).isEqualTo("lao-6560101-budget-2569");
		assertThat(first.portalDatasetUrl()).isEqualTo(ckan.baseUrl() + "/dataset/lao-6560101-budget-2569");
		assertThat(first.resources()).hasSize(2).allSatisfy(r -> assertThat(r.portalUrl()).startsWith(ckan.baseUrl()));
		// created private, filled (the CSV's rows into the DataStore), made public last
		assertThat(ckan.actions()).containsExactly("status_show", "scheming_dataset_schema_show", "package_show",
				"package_create", "resource_create", "datastore_create", "resource_create", "package_patch");
		var onPortal = ckan.dataset("lao-6560101-budget-2569");
		assertThat(onPortal.path("title").asText()).isEqualTo(dataset.titleTh());
		assertThat(onPortal.path("data_category").asText()).isEqualTo("ข้อมูลสาธารณะ");
		assertThat(onPortal.path("geo_coverage").asText()).isEqualTo("จังหวัด");
		assertThat(onPortal.path("update_frequency_unit").asText()).isEqualTo("ปี");
		assertThat(onPortal.path("license_id").asText()).isEqualTo("Open Data Common");
		assertThat(onPortal.path("objective").isArray()).isTrue();
		assertThat(onPortal.path("data_format").toString()).contains("CSV", "PDF");
		assertThat(onPortal.path("tag_string").asText()).contains("งบประมาณ");
		assertThat(onPortal.path("resources")).hasSize(2);
		assertThat(onPortal.path("private").asBoolean()).isFalse();

		Publication second = publisher.publish(dataset, portalId);

		assertThat(second.status()).isEqualTo(PublicationStatus.PUBLISHED);
		// new files alongside the old, the metadata patched, then the old files deleted
		assertThat(ckan.actions().subList(8, ckan.actions().size())).containsExactly("status_show",
				"scheming_dataset_schema_show", "package_show", "resource_create", "datastore_create",
				"resource_create", "package_patch", "resource_delete", "resource_delete");
		assertThat(ckan.actions()).doesNotContain("package_update");
		assertThat(ckan.dataset("lao-6560101-budget-2569").path("resources")).hasSize(2)
			.extracting(r -> r.path("id").asText())
			.containsExactlyElementsOf(second.resources().stream().map(Publication.PublishedResource::portalResourceId).toList());
		assertThat(ckan.publicView()).containsKey("lao-6560101-budget-2569");
		assertThat(audit.history("opendata_publication", String.valueOf(second.id())))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("OPENDATA_PUBLISH"));
	}

	@Test
	void aValidationErrorOfThePortalIsShownInThaiNamingTheField() throws IOException {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 801, "6560102", 2569);
		ckan.existing("someone-elses-dataset", dataset.titleTh(), ORG);

		Publication publication = publisher.publish(dataset, portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(publication.errorCode()).isEqualTo("opendata.publish.portal-validation");
		assertThat(publisher.errorMessage(publication, THAI)).startsWith("พอร์ทัลไม่รับข้อมูล")
			.contains("ชื่อชุดข้อมูล (title)");
		assertThat(publisher.errorMessage(publication, Locale.ENGLISH)).contains("Dataset Name (title)");
		// a 409 is never retried
		assertThat(ckan.calls()).filteredOn(call -> call.action().equals("package_create"))
			.singleElement()
			.satisfies(call -> assertThat(call.status()).isEqualTo(409));
		assertThat(publication.portalDatasetUrl()).isNull();
	}

	@Test
	void aWrongTokenIsRefusedByThePortal() throws IOException {
		TestPublishing.credential(portals, cipher, portalId, 801, "not-the-portal-token");

		Publication publication = publisher.publish(TestPublishing.ordinance(dir, 801, "6560103", 2569), portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(publication.errorCode()).isEqualTo("opendata.publish.portal-forbidden");
		assertThat(ckan.calls()).allSatisfy(call -> assertThat(call.status()).isEqualTo(403));
		assertThat(ckan.dataset("lao-6560103-budget-2569")).isNull();
	}

	@Test
	void aValueOutsideThePortalsChoicesIsRefusedBeforeAnyWrite() throws IOException {
		long otherPortal = TestPublishing.portal(portals, ckan.baseUrl(), "CC-BY-4.0");
		TestPublishing.credential(portals, cipher, otherPortal, 801, TOKEN);

		Publication publication = publisher.publish(TestPublishing.ordinance(dir, 801, "6560104", 2569), otherPortal);

		assertThat(publication.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(publication.errorCode()).isEqualTo("opendata.publish.choice-not-allowed");
		assertThat(publisher.errorMessage(publication, THAI)).contains("license_id", "CC-BY-4.0", "Open Data Common");
		assertThat(publisher.errorMessage(publication, Locale.ENGLISH)).contains("License (license_id)");
		assertThat(ckan.actions()).containsExactly("status_show", "scheming_dataset_schema_show");
	}

	@Test
	void aPortalOlderThanCkan29IsRefused() throws IOException {
		ckan.version("2.8.12");

		Publication publication = publisher.publish(TestPublishing.ordinance(dir, 801, "6560105", 2569), portalId);

		assertThat(publication.errorCode()).isEqualTo("opendata.publish.portal-too-old");
		assertThat(ckan.actions()).containsExactly("status_show");
	}

	@Test
	void retriesAfterA503AndThenSucceeds() throws IOException {
		ckan.failNext("package_create", 503, 2).failNext("resource_create", 502, 1);

		Publication publication = publisher.publish(TestPublishing.ordinance(dir, 801, "6560106", 2569), portalId);

		assertThat(publication.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(ckan.calls()).filteredOn(call -> call.action().equals("package_create"))
			.extracting(CkanDouble.Call::status)
			.containsExactly(503, 503, 200);
		assertThat(ckan.dataset("lao-6560106-budget-2569").path("resources")).hasSize(2);
	}

	@Test
	void tokensAreEncryptedAtRestAndKeptOutOfTheAuditLog() {
		TestPublishing.signIn(TestPrincipals.principal("test.admin", null, Role.SYSTEM_ADMIN));
		String token = "secret-ckan-api-token-" + System.nanoTime();

		settings.saveCredential(portalId, 802, ORG, "กองคลัง", "finance@example.go.th", token);

		var row = jdbc.sql("select id, token_cipher, token_hint from opendata_ckan_credential where agency_id = 802")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		assertThat(row.get(1)).doesNotContain(token).doesNotContain("secret");
		assertThat(cipher.decrypt(row.get(1))).isEqualTo(token);
		assertThat(row.get(2)).isEqualTo(token.substring(token.length() - 4));
		assertThat(audit.history("opendata_ckan_credential", row.get(0))).isNotEmpty()
			.allSatisfy(entry -> assertThat(String.valueOf(entry.after())).doesNotContain(token)
				.doesNotContain(row.get(1)));
		assertThat(settings.credentials(portalId)).extracting(PortalCredential::tokenHint)
			.contains(token.substring(token.length() - 4));
	}

	@Test
	void onlyCoordinatorsAdminsAndTheAgencysApproversMayPublish() throws IOException {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 801, "6560107", 2569);
		TestPublishing.signIn(TestPrincipals.principal("test.reporter", 801L, Role.AGENCY_REPORTER));
		assertThatThrownBy(() -> publisher.publish(dataset, portalId)).isInstanceOf(DomainException.class)
			.hasMessageContaining("opendata.publish.forbidden");
		TestPublishing.signIn(TestPrincipals.principal("test.approver", 999L, Role.AGENCY_APPROVER));
		assertThatThrownBy(() -> publisher.publish(dataset, portalId)).isInstanceOf(DomainException.class)
			.hasMessageContaining("opendata.publish.forbidden");
		TestPublishing.signIn(TestPrincipals.principal("test.approver", 801L, Role.AGENCY_APPROVER));
		assertThat(publisher.publish(dataset, portalId).status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(ckan.actions()).contains("package_create");
	}

	@Test
	void portalSettingsAreForAdministratorsAndCoordinatorsOnly() {
		TestPublishing.signIn(TestPrincipals.principal("test.approver", 801L, Role.AGENCY_APPROVER));
		assertThatThrownBy(() -> settings.saveCredential(portalId, 801, ORG, "x", "x@example.go.th", "token-12345678"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> settings.portals())
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

}
