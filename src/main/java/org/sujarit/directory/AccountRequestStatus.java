package org.sujarit.directory;

/**
 * Where an account request stands.
 */
public enum AccountRequestStatus {

	PENDING, APPROVED, REJECTED

}
