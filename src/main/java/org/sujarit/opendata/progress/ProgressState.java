package org.sujarit.opendata.progress;

/**
 * Where one local government (LAO) stands with one budget document of one fiscal year, as the coordinator
 * follows it (see {@link ProgressRules#state}).
 */
public enum ProgressState {

	/** No document uploaded. */
	NOT_STARTED,

	/** Uploaded, waiting for its column mapping or not yet checked since its last change. */
	UPLOADED,

	/** Checked, with errors to fix. */
	INVALID,

	/** Checked without errors, not yet published. */
	VALID,

	/** On the portal as it is now. */
	PUBLISHED,

	/** Published once, changed (re-uploaded or corrected) since: the portal holds an older version. */
	OUT_OF_DATE;

	/** The coordinator still has something to chase: everything but {@link #PUBLISHED}. */
	public boolean toChase() {
		return this != PUBLISHED;
	}

	/** Data of the LAO is on the portal, current or not. */
	public boolean onPortal() {
		return this == PUBLISHED || this == OUT_OF_DATE;
	}

}
