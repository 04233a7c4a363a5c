package org.sujarit.opendata;

import org.springframework.stereotype.Component;
import org.sujarit.opendata.publish.DatasetSource;
import org.sujarit.opendata.publish.DatasetToPublish;

/** Publication takes its datasets from the validated budget documents, and marks them published. */
@Component
class BudgetDatasets implements DatasetSource {

	private final OpenData openData;

	BudgetDatasets(OpenData openData) {
		this.openData = openData;
	}

	@Override
	public DatasetToPublish dataset(long documentId) {
		return openData.datasetToPublish(documentId);
	}

	@Override
	public long agencyId(long documentId) {
		return openData.agencyOf(documentId);
	}

	@Override
	public void published(long documentId) {
		openData.markPublished(documentId);
	}

}
