package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sujarit.opendata.publish.TestPublishing.ORG;
import static org.sujarit.opendata.publish.TestPublishing.TOKEN;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.web.DomainException;

/**
 * Two publications of one dataset never talk to the portal at once: the dataset's lease is a committed
 * row, so the second publication (another thread here, another node in production) is refused while the
 * first is at the portal — with no database transaction or connection held across the portal calls — and
 * goes through once the first has finished. Data is committed (the lease must be seen by other
 * transactions), with datasets no other test uses.
 */
@IntegrationTest
class ConcurrentPublishIntegrationTests {

	@Autowired
	CkanPublisher publisher;

	@Autowired
	PortalRepository portals;

	@Autowired
	TokenCipher cipher;

	@Autowired
	DatasetLeases leases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@TempDir
	Path dir;

	CkanDouble ckan;

	long portalId;

	ExecutorService threads;

	@BeforeEach
	void setUp() throws Exception {
		threads = Executors.newFixedThreadPool(1);
		ckan = new CkanDouble().token(TOKEN, ORG);
		portalId = transaction.execute(status -> {
			long id = TestPublishing.portal(portals, ckan.baseUrl(), "Open Data Common");
			TestPublishing.credential(portals, cipher, id, 803, TOKEN);
			return id;
		});
	}

	@AfterEach
	void tearDown() {
		ckan.close();
		threads.shutdownNow();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSecondPublicationOfTheDatasetIsRefusedWhileTheFirstIsAtThePortal() throws Exception {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 803, "6569901", 2570);
		ckan.holdNext("package_show");

		CompletableFuture<Publication> first = CompletableFuture.supplyAsync(() -> publishAsCoordinator(dataset), threads);
		assertThat(ckan.awaitHeld()).isTrue();
		// the first holds the lease (a committed row) while it waits for the portal, with no open transaction
		assertThat(leases.lease("lao-6569901-budget-2570")).isPresent();
		assertThat(jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()
				  and query ilike '%opendata%'
				""").query(Integer.class).single()).isZero();

		TestPublishing.signIn(TestPublishing.coordinator());
		assertThatThrownBy(() -> publisher.publish(dataset, portalId)).isInstanceOfSatisfying(DomainException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo("opendata.publish.busy");
					assertThat(ex.status().value()).isEqualTo(409);
				});
		int callsBeforeRelease = ckan.calls().size();
		ckan.release();

		assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(callsBeforeRelease).isEqualTo(2);
		assertThat(leases.lease("lao-6569901-budget-2570")).isEmpty();

		Publication again = publisher.publish(dataset, portalId);
		assertThat(again.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(ckan.overlapped()).isFalse();
		assertThat(ckan.actions()).containsOnlyOnce("package_create").contains("package_patch")
			.doesNotContain("package_update");
		assertThat(ckan.dataset("lao-6569901-budget-2570").path("resources")).hasSize(2);
	}

	@Test
	void aLeaseLeftByADeadNodeExpiresAndIsTakenOver() throws Exception {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 803, "6569902", 2570);
		jdbc.sql("""
				insert into opendata_publish_lease (dataset_key, owner, holder, acquired_at, expires_at)
				values ('lao-6569902-budget-2570', 'dead-node', 'someone', now() - interval '1 hour',
				        now() - interval '1 minute')
				""").update();

		TestPublishing.signIn(TestPublishing.coordinator());
		assertThat(publisher.publish(dataset, portalId).status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(leases.lease("lao-6569902-budget-2570")).isEmpty();
	}

	@Test
	void aPublicationThatLostItsLeaseTakesBackWhatItWrote() throws Exception {
		DatasetToPublish dataset = TestPublishing.ordinance(dir, 803, "6569903", 2570);
		ckan.holdNext("resource_create");

		CompletableFuture<Publication> first = CompletableFuture.supplyAsync(() -> publishAsCoordinator(dataset), threads);
		assertThat(ckan.awaitHeld()).isTrue();
		// meanwhile the lease expired and another node took the dataset over
		jdbc.sql("update opendata_publish_lease set owner = 'other-node' where dataset_key = 'lao-6569903-budget-2570'")
			.update();
		ckan.release();

		Publication publication = first.get(60, TimeUnit.SECONDS);
		assertThat(publication.status()).isEqualTo(PublicationStatus.FAILED);
		assertThat(publication.errorCode()).isEqualTo("opendata.publish.lease-lost");
		assertThat(ckan.publicView()).doesNotContainKey("lao-6569903-budget-2570");
		assertThat(ckan.actions()).endsWith("package_delete");
		jdbc.sql("delete from opendata_publish_lease where dataset_key = 'lao-6569903-budget-2570'").update();
	}

	private Publication publishAsCoordinator(DatasetToPublish dataset) {
		TestPublishing.signIn(TestPublishing.coordinator());
		try {
			return publisher.publish(dataset, portalId);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
