package org.sujarit.planning;

import java.util.Set;

/**
 * What an assignment did: the agencies newly added and how many were already responsible.
 */
public record AssignmentResult(Set<Long> added, int alreadyAssigned) {

	public AssignmentResult {
		added = Set.copyOf(added);
	}

}
