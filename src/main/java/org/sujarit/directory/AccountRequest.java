package org.sujarit.directory;

import java.time.Instant;

import org.sujarit.platform.security.Role;

/**
 * A request from someone at an agency for an account, as the coordinator sees it (never carries the
 * password hash).
 */
public record AccountRequest(long id, long agencyId, String fullName, String positionTh, String email,
		String phone, String username, Role requestedRole, AccountRequestStatus status, String decisionReason,
		String decidedBy, Instant decidedAt, Long userId, Instant createdAt, int version) {

	public boolean pending() {
		return status == AccountRequestStatus.PENDING;
	}

}
