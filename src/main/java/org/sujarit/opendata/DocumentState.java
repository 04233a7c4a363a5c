package org.sujarit.opendata;

/** Where a budget document is on its way to the portal. */
public enum DocumentState {

	/** Read (or waiting for its column mapping), not yet checked since its last change. */
	UPLOADED,

	/** Checked, with errors to fix. */
	INVALID,

	/** Checked without errors: its open-data files can be downloaded and published. */
	VALID,

	/** Published to the portal (see {@link BudgetDocument#outOfDate()} for later changes). */
	PUBLISHED

}
