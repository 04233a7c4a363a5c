package org.sujarit.directory;

import java.util.Set;

/**
 * Chooses many agencies at once, e.g. "every อบจ. in the north-east" or "every department of the Ministry
 * of Finance". Empty sets mean "any"; {@code parentIds} matches direct and indirect descendants.
 */
public record AgencySelector(Set<AgencyType> types, Set<String> provinceCodes, Set<Long> parentIds,
		Set<Long> agencyIds) {

	public AgencySelector {
		types = types == null ? Set.of() : Set.copyOf(types);
		provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
		parentIds = parentIds == null ? Set.of() : Set.copyOf(parentIds);
		agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
	}

	public boolean isEmpty() {
		return types.isEmpty() && provinceCodes.isEmpty() && parentIds.isEmpty() && agencyIds.isEmpty();
	}

}
