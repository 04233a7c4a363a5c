package org.sujarit.directory;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * What a system administrator does to accounts: change roles, enable or disable, reset the password.
 * Every such change signs the person out everywhere, so new rights or a lock take effect at once.
 */
@Service
class UserAdministration {

	static final Set<String> WORKING_GROUPS = Set.of("BRIBERY", "OVERSIGHT", "BUDGET", "EFFECTIVENESS");

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GENERATED_LENGTH = 14;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserAccountRepository users, PasswordEncoder passwords, AuditLog audit,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
	}

	@Transactional
	void update(long id, int version, Set<Role> roles, boolean enabled, String workingGroup) {
		UserAccount account = users.find(id).orElseThrow(() -> DomainException.notFound("directory.user.not-found", id));
		Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		if (chosen.isEmpty()) {
			throw DomainException.invalid("directory.user.roles-required");
		}
		String group = workingGroup == null || workingGroup.isBlank() ? null : workingGroup.strip();
		if (group != null && !WORKING_GROUPS.contains(group)) {
			throw DomainException.invalid("directory.user.working-group-unknown", group);
		}
		if (chosen.contains(Role.WORKING_GROUP_MEMBER) && group == null) {
			throw DomainException.invalid("directory.user.working-group-required");
		}
		if ((chosen.contains(Role.AGENCY_REPORTER) || chosen.contains(Role.AGENCY_APPROVER)) && account.agencyId() == null) {
			throw DomainException.invalid("directory.user.agency-required");
		}
		boolean staysAdmin = enabled && chosen.contains(Role.SYSTEM_ADMIN);
		if (account.roles().contains(Role.SYSTEM_ADMIN) && account.enabled() && !staysAdmin) {
			if (account.username().equals(Actor.current())) {
				throw DomainException.conflict("directory.user.cannot-lock-out-self");
			}
			if (users.otherEnabledAdministrators(id) == 0) {
				throw DomainException.conflict("directory.user.last-administrator");
			}
		}
		if (users.update(id, version, chosen, enabled, group) == 0) {
			throw new OptimisticLockingFailureException("user " + id + " changed");
		}
		signOutEverywhere(account.username());
	}

	/** Sets a new random password and returns it, to be handed to the person once. */
	@Transactional
	String resetPassword(long id, int version) {
		UserAccount account = users.find(id).orElseThrow(() -> DomainException.notFound("directory.user.not-found", id));
		String password = generatePassword();
		if (users.setPassword(id, version, passwords.encode(password)) == 0) {
			throw new OptimisticLockingFailureException("user " + id + " changed");
		}
		audit.record("PASSWORD_RESET", "directory_user", Long.toString(id), null);
		signOutEverywhere(account.username());
		return password;
	}

	/**
	 * A signed-in person changes their own password: the current one must be right, the new one must
	 * meet the policy and differ from it. Their other sessions end (a stolen session stops working); the
	 * one they changed it from stays signed in.
	 */
	@Transactional
	void changeOwnPassword(String username, String current, String next, String keptSessionId) {
		SujaritUser user = users.findPrincipal(username)
			.orElseThrow(() -> DomainException.notFound("directory.user.not-found", username));
		if (current == null || !passwords.matches(current, user.getPassword())) {
			audit.record("PASSWORD_CHANGE_REFUSED", "directory_user", Long.toString(user.id()), null);
			throw DomainException.invalid("directory.password.current-wrong");
		}
		PasswordPolicy.check(next);
		if (passwords.matches(next, user.getPassword())) {
			throw DomainException.invalid("directory.password.unchanged");
		}
		users.setPassword(username, passwords.encode(next));
		audit.record("PASSWORD_CHANGED", "directory_user", Long.toString(user.id()), null);
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		if (repository != null) {
			repository.findByPrincipalName(username)
				.keySet()
				.stream()
				.filter(id -> !id.equals(keptSessionId))
				.forEach(repository::deleteById);
		}
	}

	String generatePassword() {
		while (true) {
			StringBuilder password = new StringBuilder(GENERATED_LENGTH);
			for (int i = 0; i < GENERATED_LENGTH; i++) {
				password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
			}
			try {
				PasswordPolicy.check(password.toString());
				return password.toString();
			}
			catch (DomainException tooSimple) {
				// draw again: a random draw this simple is vanishingly rare
			}
		}
	}

	private void signOutEverywhere(String username) {
		FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
		// administrators changing their own account keep their session; the change applies at next sign-in
		if (repository != null && !username.equals(Actor.current())) {
			repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
		}
	}

}
