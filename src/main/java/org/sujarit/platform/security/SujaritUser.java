package org.sujarit.platform.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, agency and roles, and the working group they sit on if any. Kept
 * in the (database-backed) session, so it must stay small and serializable.
 */
public final class SujaritUser implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Long agencyId;

	private final Set<Role> roles;

	private final String workingGroup;

	private final boolean enabled;

	public SujaritUser(long id, String username, String passwordHash, String displayName, Long agencyId,
			Set<Role> roles, String workingGroup, boolean enabled) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.agencyId = agencyId;
		this.roles = Set.copyOf(roles);
		this.workingGroup = workingGroup;
		this.enabled = enabled;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	/** The agency the user works for; null for coordinators and admins not tied to one. */
	public Long agencyId() {
		return agencyId;
	}

	public Set<Role> roles() {
		return roles;
	}

	public String workingGroup() {
		return workingGroup;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Coordinators and admins see every agency's data. */
	public boolean seesAllAgencies() {
		return has(Role.COORDINATOR) || has(Role.SYSTEM_ADMIN);
	}

	public boolean belongsTo(Long agency) {
		return agencyId != null && agencyId.equals(agency);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SujaritUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "SujaritUser[" + username + "]";
	}

}
