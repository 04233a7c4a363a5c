package org.sujarit.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.platform.demo.DemoDataStep;

/**
 * Demo mode only: one small, invented (and labelled demo) expenditure budget of อบจ.พะเยา for fiscal
 * 2569, loaded through the real ingest path (file store, parser, checks) from
 * {@code opendata/demo/pao-phayao-2569-ordinance-demo.csv}, which is laid out like the template.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class OpenDataDemoData implements DemoDataStep {

	static final String LAO_CODE = "2560101";

	static final int FISCAL_YEAR = 2569;

	static final String FILE = "opendata/demo/pao-phayao-2569-ordinance-demo.csv";

	private static final Logger log = LoggerFactory.getLogger(OpenDataDemoData.class);

	private final Directory directory;

	private final OpenDataRepository repository;

	private final BudgetIngest ingest;

	OpenDataDemoData(Directory directory, OpenDataRepository repository, BudgetIngest ingest) {
		this.directory = directory;
		this.repository = repository;
		this.ingest = ingest;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void load() {
		Agency lao = directory.agencyByCode(LAO_CODE).orElse(null);
		if (lao == null || repository.document(lao.id(), FISCAL_YEAR, DocumentType.ORDINANCE).isPresent()) {
			return;
		}
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			long id = ingest.upload(lao.id(), FISCAL_YEAR, DocumentType.ORDINANCE, in,
					"pao-phayao-2569-ordinance-demo.csv", "text/csv");
			log.info("Demo budget of {} loaded as document {}", lao.nameTh(), id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
