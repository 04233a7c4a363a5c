package org.sujarit.planning;

import java.util.List;

/**
 * A source with its item tree (area → measure → sub-measure) and the activities under each item.
 */
public record SourceTree(SourceDetail source, List<ItemNode> roots) {

	public SourceTree {
		roots = List.copyOf(roots);
	}

}
