package org.sujarit.planning;

import java.util.Set;

/**
 * A recommendation item to create or change within a source. A null sort order puts a new item after its
 * siblings.
 */
public record ItemDraft(Long parentId, String code, ItemLevel level, String titleTh, Integer sortOrder,
		Set<String> cpiSources, Set<String> workingGroups) {

	public ItemDraft {
		cpiSources = cpiSources == null ? Set.of() : Set.copyOf(cpiSources);
		workingGroups = workingGroups == null ? Set.of() : Set.copyOf(workingGroups);
	}

}
