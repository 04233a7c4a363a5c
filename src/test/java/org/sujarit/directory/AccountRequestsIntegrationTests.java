package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * The account-request workflow: a pending request, approval creating the account with the password the
 * requester chose, rejection with a required reason, and the events other modules react to.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
@WithMockUser(username = "coordinator.tester", roles = "COORDINATOR")
class AccountRequestsIntegrationTests {

	static final String PASSWORD = "a sentence as password";

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ApplicationEvents events;

	long sao() {
		return directory.agencyByCode("6510116").orElseThrow().id();
	}

	NewAccountRequest request(String username, Role role) {
		return new NewAccountRequest(sao(), "นางสาวทดสอบ ขอบัญชี", "ปลัด อบต.", "tester@example.org", "053000000",
				username, role, PASSWORD);
	}

	@Test
	void aRequestIsPendingAndKeepsOnlyTheHashOfThePassword() {
		long id = directory.requestAccount(request("Req.Pending", Role.AGENCY_REPORTER));
		String hash = jdbc.sql("select password_hash from directory_account_request where id = :id").param("id", id)
			.query(String.class)
			.single();
		assertThat(hash).doesNotContain(PASSWORD);
		assertThat(passwords.matches(PASSWORD, hash)).isTrue();
		assertThat(directory.accountRequestState("req.pending")).contains(
				new AccountRequestState(AccountRequestStatus.PENDING, null));
		assertThat(directory.accountRequests(AccountRequestStatus.PENDING, 100, 0)).anySatisfy(r -> {
			assertThat(r.username()).isEqualTo("req.pending");
			assertThat(r.requestedRole()).isEqualTo(Role.AGENCY_REPORTER);
		});
	}

	@Test
	void refusesDuplicatesTakenNamesWeakPasswordsAndOtherRoles() {
		directory.requestAccount(request("req.dup", Role.AGENCY_REPORTER));
		assertCode(() -> directory.requestAccount(request("REQ.DUP", Role.AGENCY_APPROVER)),
				"directory.account-request.pending-exists");
		directory.createUser(new NewUser("req.taken", "มีแล้ว", null, null, null, null, Set.of(Role.COORDINATOR), null),
				PASSWORD);
		assertCode(() -> directory.requestAccount(request("req.taken", Role.AGENCY_REPORTER)),
				"directory.user.username-taken");
		assertCode(() -> directory.requestAccount(new NewAccountRequest(sao(), "ก", null, "a@example.org", null,
				"req.weak", Role.AGENCY_REPORTER, "short")), "directory.user.password-too-short");
		assertCode(() -> directory.requestAccount(request("req.admin", Role.SYSTEM_ADMIN)),
				"directory.account-request.role-invalid");
		assertCode(() -> directory.requestAccount(request("req.coordinator", Role.COORDINATOR)),
				"directory.account-request.role-invalid");
		assertCode(() -> directory.requestAccount(request("x", Role.AGENCY_REPORTER)), "directory.user.username-invalid");
		assertCode(() -> directory.requestAccount(new NewAccountRequest(987654321L, "ก", null, "a@example.org", null,
				"req.nowhere", Role.AGENCY_REPORTER, PASSWORD)), "directory.account-request.agency-unknown");
	}

	@Test
	void approvalCreatesTheAccountWithTheChosenPasswordAndPublishesAccountApproved() {
		long id = directory.requestAccount(request("req.approve", Role.AGENCY_APPROVER));
		long userId = directory.approveAccountRequest(id, 0);
		UserAccount user = directory.user(userId).orElseThrow();
		assertThat(user.username()).isEqualTo("req.approve");
		assertThat(user.agencyId()).isEqualTo(sao());
		assertThat(user.roles()).containsExactly(Role.AGENCY_APPROVER);
		assertThat(user.displayName()).isEqualTo("นางสาวทดสอบ ขอบัญชี");
		assertThat(user.email()).isEqualTo("tester@example.org");
		String hash = jdbc.sql("select password_hash from directory_user where id = :id").param("id", userId)
			.query(String.class)
			.single();
		assertThat(passwords.matches(PASSWORD, hash)).isTrue();
		assertThat(events.stream(AccountApproved.class)).containsExactly(new AccountApproved(userId, sao()));
		AccountRequest decided = directory.accountRequests(AccountRequestStatus.APPROVED, 100, 0).stream()
			.filter(r -> r.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(decided.userId()).isEqualTo(userId);
		assertThat(decided.decidedBy()).isEqualTo("coordinator.tester");
		assertThat(directory.accountRequestState("req.approve"))
			.contains(new AccountRequestState(AccountRequestStatus.APPROVED, null));
		// deciding twice is refused
		assertCode(() -> directory.approveAccountRequest(id, 1), "directory.account-request.already-decided");
	}

	@Test
	void approvalWithAStaleVersionIsRefusedAndCreatesNoAccount() {
		long id = directory.requestAccount(request("req.stale", Role.AGENCY_REPORTER));
		jdbc.sql("update directory_account_request set version = version + 1 where id = :id").param("id", id).update();
		assertThatThrownBy(() -> directory.approveAccountRequest(id, 0))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(events.stream(AccountApproved.class)).isEmpty();
	}

	@Test
	void approvalIsRefusedWhenTheNameWasTakenMeanwhile() {
		long id = directory.requestAccount(request("req.race", Role.AGENCY_REPORTER));
		directory.createUser(new NewUser("req.race", "คนอื่น", null, null, null, null, Set.of(Role.COORDINATOR), null),
				PASSWORD);
		assertCode(() -> directory.approveAccountRequest(id, 0), "directory.user.username-taken");
	}

	@Test
	void rejectionNeedsAReasonWhichTheRequesterSeesAndPublishesAccountRejected() {
		long id = directory.requestAccount(request("req.reject", Role.AGENCY_REPORTER));
		assertCode(() -> directory.rejectAccountRequest(id, 0, "  "), "directory.account-request.reason-required");
		directory.rejectAccountRequest(id, 0, "ไม่ใช่เจ้าหน้าที่ของหน่วยงาน");
		assertThat(directory.accountRequestState("req.reject")).contains(
				new AccountRequestState(AccountRequestStatus.REJECTED, "ไม่ใช่เจ้าหน้าที่ของหน่วยงาน"));
		assertThat(events.stream(AccountRejected.class)).containsExactly(new AccountRejected(id, sao(), "req.reject",
				"tester@example.org", "ไม่ใช่เจ้าหน้าที่ของหน่วยงาน"));
		assertThat(directory.usernameTaken("req.reject")).isFalse();
		// after a rejection the same name may ask again
		directory.requestAccount(request("req.reject", Role.AGENCY_REPORTER));
		assertThat(directory.accountRequestState("req.reject"))
			.contains(new AccountRequestState(AccountRequestStatus.PENDING, null));
	}

	private static void assertCode(Runnable call, String code) {
		assertThatThrownBy(call::run).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo(code);
	}

}
