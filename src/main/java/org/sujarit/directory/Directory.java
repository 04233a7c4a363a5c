package org.sujarit.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.platform.web.DomainException;

/**
 * The directory module's facade: agencies, provinces, user accounts, account requests and the
 * registration rate.
 */
@Service
public class Directory {

	private final AgencyRepository agencies;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final AccountRequests accountRequests;

	private final AccountRequestRepository requestRepository;

	private final UserAdministration administration;

	private final DirectoryProperties properties;

	Directory(AgencyRepository agencies, UserAccountRepository users, PasswordEncoder passwords,
			AccountRequests accountRequests, AccountRequestRepository requestRepository,
			UserAdministration administration, DirectoryProperties properties) {
		this.agencies = agencies;
		this.users = users;
		this.passwords = passwords;
		this.accountRequests = accountRequests;
		this.requestRepository = requestRepository;
		this.administration = administration;
		this.properties = properties;
	}

	// ---- agencies

	public Optional<Agency> agency(long id) {
		return agencies.find(id);
	}

	public Agency requireAgency(long id) {
		return agencies.find(id).orElseThrow(() -> DomainException.notFound("directory.agency.not-found", id));
	}

	public Optional<Agency> agencyByCode(String code) {
		return agencies.findByCode(code);
	}

	public Map<Long, Agency> agencies(Collection<Long> ids) {
		return agencies.findAll(ids).stream().collect(Collectors.toMap(Agency::id, Function.identity()));
	}

	public List<Agency> children(Long parentId) {
		return agencies.children(parentId);
	}

	/** The top of the ministry tree: agencies without a parent that are not local governments. */
	public List<Agency> topLevelAgencies() {
		return agencies.roots();
	}

	/** Number of direct children of each agency given (agencies without children are absent). */
	public Map<Long, Integer> childCounts(Collection<Long> agencyIds) {
		return agencies.childCounts(agencyIds);
	}

	/** Local governments of a province, counted by type. */
	public Map<AgencyType, Integer> localGovernmentCounts(String provinceCode) {
		return agencies.localGovernmentCounts(provinceCode);
	}

	/** Every active agency the selector matches, for assigning work to many agencies at once. */
	public List<Agency> select(AgencySelector selector) {
		return agencies.select(selector);
	}

	/**
	 * Agencies whose code, names, abbreviation, province or district contain every word of {@code text}
	 * (Thai digits are read as Arabic ones); null filters mean "any".
	 */
	public List<Agency> search(String text, AgencyType type, String provinceCode, int limit, int offset) {
		return agencies.search(text, type, provinceCode, limit, offset);
	}

	public int count(String text, AgencyType type, String provinceCode) {
		return agencies.count(text, type, provinceCode);
	}

	/** Active agencies for choosing one by typing part of its name (at most {@code limit}). */
	public List<Agency> searchActive(String text, int limit) {
		if (text == null || text.strip().length() < 2) {
			return List.of();
		}
		return agencies.searchActive(text, limit);
	}

	public List<Province> provinces() {
		return agencies.provinces();
	}

	@Transactional
	public void saveProvince(Province province) {
		agencies.upsertProvince(province);
	}

	/** Creates or updates an agency by code; the parent, if named, must already exist. */
	@Transactional
	public long saveAgency(NewAgency agency) {
		Long parentId = null;
		if (agency.parentCode() != null && !agency.parentCode().isBlank()) {
			parentId = agencies.findByCode(agency.parentCode())
				.orElseThrow(() -> DomainException.invalid("directory.agency.parent-unknown", agency.parentCode()))
				.id();
		}
		return agencies.upsert(agency, parentId);
	}

	/** Creates an agency whose code is not yet used. */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public long createAgency(NewAgency agency) {
		String code = agency.code() == null ? "" : ThaiDigits.toArabic(agency.code()).strip();
		if (code.isEmpty()) {
			throw DomainException.invalid("directory.agency.code-required");
		}
		requireNameAndType(agency.nameTh(), agency.type());
		if (agencies.findByCode(code).isPresent()) {
			throw DomainException.conflict("directory.agency.code-taken", code);
		}
		checkProvince(agency.provinceCode());
		return saveAgency(new NewAgency(code, agency.nameTh(), agency.nameEn(), agency.abbrevTh(), agency.type(),
				agency.parentCode(), agency.provinceCode(), agency.districtTh()));
	}

	/**
	 * Changes an agency's details if nobody changed it since {@code version} was read.
	 * @throws OptimisticLockingFailureException when someone else saved first
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public void updateAgency(long id, int version, AgencyChange change) {
		requireAgency(id);
		requireNameAndType(change.nameTh(), change.type());
		Long parentId = null;
		if (change.parentCode() != null && !change.parentCode().isBlank()) {
			Agency parent = agencies.findByCode(change.parentCode().strip())
				.orElseThrow(() -> DomainException.invalid("directory.agency.parent-unknown", change.parentCode()));
			if (agencies.isSelfOrDescendant(parent.id(), id)) {
				throw DomainException.invalid("directory.agency.parent-cycle", change.parentCode());
			}
			parentId = parent.id();
		}
		checkProvince(change.provinceCode());
		if (agencies.update(id, version, change, parentId) == 0) {
			throw new OptimisticLockingFailureException("agency " + id + " changed");
		}
	}

	private static void requireNameAndType(String nameTh, AgencyType type) {
		if (nameTh == null || nameTh.isBlank()) {
			throw DomainException.invalid("directory.agency.name-required");
		}
		if (type == null) {
			throw DomainException.invalid("directory.agency.type-required");
		}
	}

	private void checkProvince(String provinceCode) {
		if (provinceCode != null && !provinceCode.isBlank() && !agencies.provinceExists(provinceCode)) {
			throw DomainException.invalid("directory.agency.province-unknown", provinceCode);
		}
	}

	// ---- user accounts

	public Optional<UserAccount> user(long id) {
		return users.find(id);
	}

	public List<UserAccount> usersOf(long agencyId) {
		return users.findByAgency(agencyId);
	}

	/** Enabled accounts of many agencies in one query, by agency (agencies without any are absent). */
	public Map<Long, List<UserAccount>> enabledUsersOf(Collection<Long> agencyIds) {
		return users.findEnabledByAgencies(agencyIds);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<UserAccount> users(UserQuery query, int limit, int offset) {
		return users.findAll(query, limit, offset);
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public int countUsers(UserQuery query) {
		return users.count(query);
	}

	/** Enabled accounts per agency (agencies without any are absent). */
	public Map<Long, Integer> userCounts(Collection<Long> agencyIds) {
		return users.countByAgency(agencyIds);
	}

	/** Creates an account with a password chosen by an administrator or the demo loader. */
	@Transactional
	public long createUser(NewUser user, String rawPassword) {
		PasswordPolicy.check(rawPassword);
		return createUserWithHash(user, passwords.encode(rawPassword));
	}

	@Transactional
	long createUserWithHash(NewUser user, String passwordHash) {
		if (users.usernameTaken(user.username())) {
			throw DomainException.conflict("directory.user.username-taken", user.username());
		}
		return users.insert(user, passwordHash);
	}

	@Transactional
	public void changePassword(String username, String rawPassword) {
		PasswordPolicy.check(rawPassword);
		if (users.setPassword(username, passwords.encode(rawPassword)) == 0) {
			throw DomainException.notFound("directory.user.not-found", username);
		}
	}

	/** The signed-in person changes their own password (see {@link UserAdministration}). */
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String current, String next, String keptSessionId) {
		administration.changeOwnPassword(org.sujarit.platform.security.CurrentUser.require().getUsername(), current, next,
				keptSessionId);
	}

	public boolean usernameTaken(String username) {
		return users.usernameTaken(username);
	}

	/** Changes an account's roles, enabled flag and working group (optimistic: {@code version}). */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void updateUser(long id, int version, Set<Role> roles, boolean enabled,
			String workingGroup) {
		administration.update(id, version, roles, enabled, workingGroup);
	}

	/** Gives an account a new random password and returns it, to be passed on to the person once. */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public String resetPassword(long id, int version) {
		return administration.resetPassword(id, version);
	}

	/** The working groups an account may belong to. */
	public List<String> workingGroups() {
		return UserAdministration.WORKING_GROUPS.stream().sorted().toList();
	}

	// ---- account requests

	/** Records a request for an account; anyone may call this (the public form). */
	public long requestAccount(NewAccountRequest request) {
		return accountRequests.submit(request);
	}

	/** Status (and rejection reason) of the newest request made under a user name; nothing else. */
	public Optional<AccountRequestState> accountRequestState(String username) {
		return accountRequests.state(username);
	}

	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public List<AccountRequest> accountRequests(AccountRequestStatus status, int limit, int offset) {
		return requestRepository.findAll(status, limit, offset);
	}

	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public int countAccountRequests(AccountRequestStatus status) {
		return requestRepository.count(status);
	}

	/** Creates the requested account and publishes {@link AccountApproved}; returns the new user's id. */
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public long approveAccountRequest(long id, int version) {
		return accountRequests.approve(id, version);
	}

	/** Rejects with a reason for the requester and publishes {@link AccountRejected}. */
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public void rejectAccountRequest(long id, int version, String reason) {
		accountRequests.reject(id, version, reason);
	}

	// ---- registration rate

	/** Share of each target group's agencies that have at least one enabled account. */
	public RegistrationRate registration() {
		var target = properties.registrationTarget();
		List<RegistrationGroup> byType = new ArrayList<>();
		int localTotal = 0;
		int localRegistered = 0;
		var counts = users.registeredAgenciesByType()
			.stream()
			.sorted(Comparator.comparing(UserAccountRepository.RegistrationCount::type))
			.toList();
		for (var count : counts) {
			byType.add(RegistrationRules.group(count.type().name(), count.type(), null, null, count.registered(),
					count.total(), target));
			if (count.type().localGovernment()) {
				localTotal += count.total();
				localRegistered += count.registered();
			}
		}
		RegistrationGroup local = RegistrationRules.group(RegistrationGroup.ALL_LOCAL_GOVERNMENTS, null, null, null,
				localRegistered, localTotal, target);
		List<RegistrationGroup> byProvince = users.registeredLocalGovernmentsByProvince()
			.stream()
			.map(p -> RegistrationRules.group(p.code(), null, p.code(), p.nameTh(), p.registered(), p.total(), target))
			.toList();
		return new RegistrationRate(target, byType, local, byProvince);
	}

}
