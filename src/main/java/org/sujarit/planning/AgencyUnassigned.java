package org.sujarit.planning;

/**
 * An agency is no longer responsible for an activity. Published inside the transaction.
 */
public record AgencyUnassigned(long activityId, long agencyId) {
}
