package org.sujarit.opendata.publish;

/** How a publication to a portal ended. */
public enum PublicationStatus {

	/** The dataset and all its files are on the portal. */
	PUBLISHED,

	/** Stopped with {@link Publication#errorCode()}; nothing more was sent after the failing step. */
	FAILED

}
