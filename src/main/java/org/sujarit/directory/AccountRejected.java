package org.sujarit.directory;

/**
 * A coordinator rejected an account request. The reason is meant for the requester (by e-mail and on the
 * public status page).
 */
public record AccountRejected(long requestId, long agencyId, String username, String email, String reason) {
}
