package org.sujarit.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.web.DomainException;

/**
 * The directory module's facade: agencies, provinces and user accounts.
 */
@Service
public class Directory {

	private final AgencyRepository agencies;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	Directory(AgencyRepository agencies, UserAccountRepository users, PasswordEncoder passwords) {
		this.agencies = agencies;
		this.users = users;
		this.passwords = passwords;
	}

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

	/** Every active agency the selector matches, for assigning work to many agencies at once. */
	public List<Agency> select(AgencySelector selector) {
		return agencies.select(selector);
	}

	public List<Agency> search(String text, AgencyType type, String provinceCode, int limit, int offset) {
		return agencies.search(text, type, provinceCode, limit, offset);
	}

	public int count(String text, AgencyType type, String provinceCode) {
		return agencies.count(text, type, provinceCode);
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

	public Optional<UserAccount> user(long id) {
		return users.find(id);
	}

	public List<UserAccount> usersOf(long agencyId) {
		return users.findByAgency(agencyId);
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

	public boolean usernameTaken(String username) {
		return users.usernameTaken(username);
	}

}
