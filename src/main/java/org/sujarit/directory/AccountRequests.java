package org.sujarit.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * The account-request workflow: anyone may ask for a reporter or approver account for an agency; a
 * coordinator approves (the account is created with the password the requester chose, kept only as a
 * hash) or rejects with a reason.
 */
@Service
class AccountRequests {

	static final Set<Role> REQUESTABLE_ROLES = Set.of(Role.AGENCY_REPORTER, Role.AGENCY_APPROVER);

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private final AccountRequestRepository requests;

	private final UserAccountRepository users;

	private final AgencyRepository agencies;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	AccountRequests(AccountRequestRepository requests, UserAccountRepository users, AgencyRepository agencies,
			PasswordEncoder passwords, ApplicationEventPublisher events) {
		this.requests = requests;
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.events = events;
	}

	@Transactional
	long submit(NewAccountRequest request) {
		if (request.requestedRole() == null || !REQUESTABLE_ROLES.contains(request.requestedRole())) {
			throw DomainException.invalid("directory.account-request.role-invalid");
		}
		agencies.find(request.agencyId())
			.filter(Agency::active)
			.orElseThrow(() -> DomainException.invalid("directory.account-request.agency-unknown"));
		if (request.fullName() == null || request.fullName().isBlank()) {
			throw DomainException.invalid("directory.account-request.name-required");
		}
		if (request.email() == null || request.email().isBlank()) {
			throw DomainException.invalid("directory.account-request.email-required");
		}
		String username = normalizeUsername(request.username());
		PasswordPolicy.check(request.password());
		if (users.usernameTaken(username)) {
			throw DomainException.conflict("directory.user.username-taken", username);
		}
		if (requests.pendingFor(username)) {
			throw DomainException.conflict("directory.account-request.pending-exists", username);
		}
		NewAccountRequest normalized = new NewAccountRequest(request.agencyId(), request.fullName().strip(),
				blankToNull(request.positionTh()), request.email().strip(), blankToNull(request.phone()), username,
				request.requestedRole(), request.password());
		try {
			return requests.insert(normalized, passwords.encode(request.password()));
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("directory.account-request.pending-exists", username);
		}
	}

	@Transactional
	long approve(long id, int version) {
		AccountRequest request = requirePending(id);
		Agency agency = agencies.find(request.agencyId())
			.filter(Agency::active)
			.orElseThrow(() -> DomainException.conflict("directory.account-request.agency-inactive"));
		if (users.usernameTaken(request.username())) {
			throw DomainException.conflict("directory.user.username-taken", request.username());
		}
		long userId = users.insert(new NewUser(request.username(), request.fullName(), request.email(),
				request.phone(), request.positionTh(), agency.id(), Set.of(request.requestedRole()), null),
				requests.passwordHash(id));
		if (requests.decide(id, version, AccountRequestStatus.APPROVED, null, Actor.current(), userId) == 0) {
			throw new OptimisticLockingFailureException("account request " + id + " changed");
		}
		events.publishEvent(new AccountApproved(userId, agency.id()));
		return userId;
	}

	@Transactional
	void reject(long id, int version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("directory.account-request.reason-required");
		}
		AccountRequest request = requirePending(id);
		String trimmed = reason.strip();
		if (requests.decide(id, version, AccountRequestStatus.REJECTED, trimmed, Actor.current(), null) == 0) {
			throw new OptimisticLockingFailureException("account request " + id + " changed");
		}
		events.publishEvent(new AccountRejected(id, request.agencyId(), request.username(), request.email(), trimmed));
	}

	Optional<AccountRequestState> state(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return requests.latestFor(username.strip())
			.map(request -> new AccountRequestState(request.status(),
					request.status() == AccountRequestStatus.REJECTED ? request.decisionReason() : null));
	}

	private AccountRequest requirePending(long id) {
		AccountRequest request = requests.find(id)
			.orElseThrow(() -> DomainException.notFound("directory.account-request.not-found", id));
		if (!request.pending()) {
			throw DomainException.conflict("directory.account-request.already-decided");
		}
		return request;
	}

	static String normalizeUsername(String username) {
		String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(normalized).matches()) {
			throw DomainException.invalid("directory.user.username-invalid");
		}
		return normalized;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
