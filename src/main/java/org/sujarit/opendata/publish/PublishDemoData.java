package org.sujarit.opendata.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.sujarit.opendata.BudgetDocument;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.demo.DemoDataStep;

/**
 * Demo mode only: the valid demo budget documents (อบจ.พะเยา's 2569 budget, loaded at order 400) are
 * published to Sujarit's own catalogue through the same service as the Publish button, so the demo
 * catalogue, CKAN-compatible API and explorer are not empty. No portal is set up in the demo, so nothing
 * leaves the machine. Idempotent: a published document is no longer VALID.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class PublishDemoData implements DemoDataStep {

	private static final Logger log = LoggerFactory.getLogger(PublishDemoData.class);

	private final OpenData openData;

	private final Publishing publishing;

	PublishDemoData(OpenData openData, Publishing publishing) {
		this.openData = openData;
		this.publishing = publishing;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	public void load() {
		for (BudgetDocument document : openData.publishable()) {
			Publishing.Result result = publishing.publishAsProcess(document.id());
			log.info("Demo budget document {} of {} published: {} publication(s)", document.id(), document.laoNameTh(),
					result.publications().size());
		}
	}

}
