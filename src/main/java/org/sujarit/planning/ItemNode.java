package org.sujarit.planning;

import java.util.List;

/**
 * An item in its source's tree, with its sub-items and the activities planned directly under it.
 */
public record ItemNode(RecommendationItem item, List<ItemNode> children, List<ActivitySummary> activities) {

	public ItemNode {
		children = List.copyOf(children);
		activities = List.copyOf(activities);
	}

	/** Activities under this item and every item below it. */
	public int activityCount() {
		return activities.size() + children.stream().mapToInt(ItemNode::activityCount).sum();
	}

}
