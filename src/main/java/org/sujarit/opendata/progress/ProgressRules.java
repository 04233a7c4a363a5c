package org.sujarit.opendata.progress;

import org.sujarit.opendata.DocumentState;

/**
 * The state rule, without Spring: a document's workflow state and its "changed since published" flag
 * give the LAO's progress state.
 */
final class ProgressRules {

	private ProgressRules() {
	}

	/**
	 * No document: {@link ProgressState#NOT_STARTED}. Changed since it was published: {@link ProgressState#OUT_OF_DATE}
	 * whatever its check says now (the portal holds an older version, which is what the coordinator chases).
	 * Otherwise the document's own state.
	 * @param document the document's state, or null when the LAO has none
	 */
	static ProgressState state(DocumentState document, boolean outOfDate) {
		if (document == null) {
			return ProgressState.NOT_STARTED;
		}
		if (outOfDate) {
			return ProgressState.OUT_OF_DATE;
		}
		return switch (document) {
			case UPLOADED -> ProgressState.UPLOADED;
			case INVALID -> ProgressState.INVALID;
			case VALID -> ProgressState.VALID;
			case PUBLISHED -> ProgressState.PUBLISHED;
		};
	}

}
