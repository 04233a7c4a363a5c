package org.sujarit.opendata.publish;

/**
 * Where publication gets a document's dataset from: the open budget data facade implements it for
 * validated budget documents.
 */
public interface DatasetSource {

	/**
	 * The document's dataset, ready to publish.
	 * @throws org.sujarit.platform.web.DomainException when there is no such document or it is not valid
	 */
	DatasetToPublish dataset(long documentId);

	/**
	 * The local government a document belongs to: who may publish it is checked with this before its
	 * files are made.
	 * @throws org.sujarit.platform.web.DomainException when there is no such document
	 */
	long agencyId(long documentId);

	/** Told once the document's dataset is on the portal as it is now. */
	default void published(long documentId) {
	}

}
