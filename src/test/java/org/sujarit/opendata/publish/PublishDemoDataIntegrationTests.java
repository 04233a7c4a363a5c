package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OpenData;
import org.sujarit.opendata.TestBudgets;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.security.Role;

/**
 * The demo step publishes the valid budget documents to Sujarit's own catalogue through the publishing
 * service, once: a published document is no longer valid-and-unpublished, so a restart adds nothing.
 */
@IntegrationTest
@Transactional
class PublishDemoDataIntegrationTests {

	@Autowired
	OpenData openData;

	@Autowired
	Publishing publishing;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theValidDemoBudgetIsPublishedToSujaritsCatalogueOnce() throws Exception {
		long phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		TestPublishing.signIn(TestPrincipals.principal("reporter.pao-phayao", phayao, Role.AGENCY_REPORTER));
		long id = openData.upload(phayao, 2569, DocumentType.ORDINANCE,
				new ByteArrayInputStream(TestBudgets.templateWorkbook(TestBudgets.smallBudget())), "demo.xlsx", null);
		assertThat(openData.document(id).state()).isEqualTo(DocumentState.VALID);
		SecurityContextHolder.clearContext();

		PublishDemoData demo = new PublishDemoData(openData, publishing);
		assertThat(demo.order()).isEqualTo(450);
		Actor.runAs("demo", demo::load);
		Actor.runAs("demo", demo::load);

		assertThat(jdbc.sql("select count(*) from opendata_publication where document_id = :id and portal_id is null")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		Publication published = catalogue.dataset("lao-2560101-budget-2569").orElseThrow();
		assertThat(published.createdBy()).isEqualTo("demo");
		assertThat(published.catalogue()).isTrue();
		assertThat(published.resources()).hasSize(5);
		TestPublishing.signIn(TestPrincipals.principal("approver.pao-phayao", phayao, Role.AGENCY_APPROVER));
		assertThat(openData.document(id).state()).isEqualTo(DocumentState.PUBLISHED);
	}

}
