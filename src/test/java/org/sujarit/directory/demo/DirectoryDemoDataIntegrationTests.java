package org.sujarit.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.security.DemoAccounts;

/**
 * The demo data step (run here by hand: the test context is not in demo mode) and the sign-in list.
 */
@IntegrationTest
@Transactional
class DirectoryDemoDataIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void loadsTheCentralAgenciesWithParentsTheAccountsAndPendingRequestsOnce() {
		DirectoryDemoData step = new DirectoryDemoData(directory);
		assertThat(step.order()).isEqualTo(100);
		Actor.runAs("demo", step::load);
		Actor.runAs("demo", step::load);

		Agency pacc = directory.agencyByCode("PACC").orElseThrow();
		assertThat(pacc.parentId()).isEqualTo(directory.agencyByCode("MOJ").orElseThrow().id());
		assertThat(directory.children(pacc.id())).hasSize(9).allSatisfy(a -> assertThat(a.type()).isEqualTo(AgencyType.PACC_REGION));
		assertThat(directory.agencyByCode("OPDC").orElseThrow().abbrevTh()).isEqualTo("สำนักงาน ก.พ.ร.");

		for (DemoAccounts.Account account : new DemoAccountsConfiguration().demoAccounts().accounts()) {
			String hash = jdbc.sql("select password_hash from directory_user where username = :u")
				.param("u", account.username())
				.query(String.class)
				.single();
			assertThat(passwords.matches("sujarit-demo", hash)).as(account.username()).isTrue();
		}
		var opdcReporter = jdbc.sql("select agency_id from directory_user where username = 'reporter.opdc'")
			.query(Long.class)
			.single();
		assertThat(opdcReporter).isEqualTo(directory.agencyByCode("OPDC").orElseThrow().id());
		var coordinator = jdbc.sql("select agency_id from directory_user where username = 'coordinator'")
			.query(Long.class)
			.single();
		assertThat(coordinator).isEqualTo(pacc.id());
		assertThat(jdbc.sql("select working_group from directory_user where username = 'wg.bribery'")
			.query(String.class)
			.single()).isEqualTo("BRIBERY");
		assertThat(jdbc.sql("select count(*) from directory_account_request where username in "
				+ "('reporter.pao-lamphun', 'approver.sao-nongnam') and status = 'PENDING'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theSignInPageListsEveryDemoAccountWithAThaiDescription() {
		DemoAccounts accounts = new DemoAccountsConfiguration().demoAccounts();
		assertThat(accounts.password()).isEqualTo("sujarit-demo");
		assertThat(accounts.accounts()).extracting(DemoAccounts.Account::username)
			.containsExactly("admin", "coordinator", "reporter.opdc", "approver.opdc", "reporter.bb", "approver.bb",
					"reporter.pao-chiangmai", "approver.pao-chiangmai", "reporter.pao-phayao", "approver.pao-phayao",
					"wg.bribery");
		assertThat(accounts.accounts()).allSatisfy(a -> assertThat(a.description()).matches(".*[ก-๙].*"));
	}

}
