package org.sujarit.planning.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.sujarit.planning.ItemDraft;
import org.sujarit.planning.ItemLevel;
import org.sujarit.planning.RecommendationItem;

/**
 * The add/edit form of a recommendation item.
 */
record ItemForm(Long parentId, String code, ItemLevel level, String titleTh, @Min(0) @Max(100000) Integer sortOrder,
		List<String> cpiSources, List<String> workingGroups, Integer version) {

	static final List<String> FIELDS = List.of("parentId", "code", "level", "titleTh", "sortOrder", "cpiSources",
			"workingGroups");

	static ItemForm under(RecommendationItem parent) {
		ItemLevel level = parent == null ? ItemLevel.AREA
				: parent.level() == ItemLevel.AREA ? ItemLevel.MEASURE : ItemLevel.SUB_MEASURE;
		String code = parent == null ? "" : parent.code() + ".";
		return new ItemForm(parent == null ? null : parent.id(), code, level, "", null, List.of(), List.of(), null);
	}

	static ItemForm of(RecommendationItem item) {
		return new ItemForm(item.parentId(), item.code(), item.level(), item.titleTh(), item.sortOrder(),
				List.copyOf(item.cpiSources()), List.copyOf(item.workingGroups()), item.version());
	}

	ItemDraft draft() {
		return new ItemDraft(parentId, code, level, titleTh, sortOrder, cpiSources == null ? Set.of() : Set.copyOf(cpiSources),
				workingGroups == null ? Set.of() : Set.copyOf(workingGroups));
	}

}
