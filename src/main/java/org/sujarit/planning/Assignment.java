package org.sujarit.planning;

/**
 * One agency responsible for one activity.
 */
public record Assignment(long activityId, long agencyId, AgencyRole role) {
}
