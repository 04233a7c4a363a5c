package org.sujarit.planning;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Agencies were newly made responsible for an activity in a fiscal year (B.E.). Published inside the
 * assigning transaction; for a long-term activity one event per fiscal year it runs in. Agencies that were
 * already assigned are not repeated.
 */
public record AgenciesAssigned(long activityId, int fiscalYear, Set<Long> agencyIds) {

	public AgenciesAssigned {
		agencyIds = Collections.unmodifiableSortedSet(new TreeSet<>(agencyIds));
	}

}
