package org.sujarit.planning;

/**
 * Depth of a recommendation item: area (ด้าน/ประเด็น) → measure (มาตรการ) → sub-measure (มาตรการย่อย).
 */
public enum ItemLevel {

	AREA, MEASURE, SUB_MEASURE;

	/** Whether an item of this level may sit under a parent of the given level (null: at the top). */
	public boolean mayHaveParent(ItemLevel parent) {
		return switch (this) {
			case AREA -> parent == null;
			case MEASURE -> parent == null || parent == AREA;
			case SUB_MEASURE -> parent == MEASURE || parent == SUB_MEASURE;
		};
	}

}
