package org.sujarit.directory;

/**
 * What the public status page may say about a request: its status and, only when rejected, the reason.
 */
public record AccountRequestState(AccountRequestStatus status, String reason) {
}
