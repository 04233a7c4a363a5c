package org.sujarit.planning;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One recommendation item (ประเด็นข้อเสนอแนะ / มาตรการ) of a source, with the CPI sources and working
 * groups it is tagged with itself (activities under it inherit them).
 */
public record RecommendationItem(long id, long sourceId, Long parentId, String code, ItemLevel level,
		String titleTh, int sortOrder, Set<String> cpiSources, Set<String> workingGroups, int version) {

	public RecommendationItem {
		cpiSources = Collections.unmodifiableSortedSet(new TreeSet<>(cpiSources));
		workingGroups = Collections.unmodifiableSortedSet(new TreeSet<>(workingGroups));
	}

}
