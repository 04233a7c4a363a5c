package org.sujarit.directory;

/**
 * A coordinator approved an account request; the account now exists and can sign in.
 *
 * @param userId the new account
 * @param agencyId the agency it reports for
 */
public record AccountApproved(long userId, Long agencyId) {
}
