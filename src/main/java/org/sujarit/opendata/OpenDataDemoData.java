package org.sujarit.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.platform.demo.DemoDataStep;

/**
 * Demo mode only: small, invented (and labelled demo) expenditure budgets loaded through the real ingest
 * path (file store, parser, checks) from {@code opendata/demo/}, laid out like the template: อบจ.พะเยา's
 * for fiscal 2569 and the year before (so the public explorer has a year-on-year change to show) and
 * อบจ.ลำปาง's for 2569 (so two อบจ. can be compared). {@code PublishDemoData} then publishes them.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class OpenDataDemoData implements DemoDataStep {

	/** One demo budget: whose, which year, from which file. */
	record DemoBudget(String laoCode, int fiscalYear, String file) {

		String fileName() {
			return file.substring(file.lastIndexOf('/') + 1);
		}

	}

	static final List<DemoBudget> BUDGETS = List.of(
			new DemoBudget("2560101", 2568, "opendata/demo/pao-phayao-2568-ordinance-demo.csv"),
			new DemoBudget("2560101", 2569, "opendata/demo/pao-phayao-2569-ordinance-demo.csv"),
			new DemoBudget("2520101", 2569, "opendata/demo/pao-lampang-2569-ordinance-demo.csv"));

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
		BUDGETS.forEach(this::load);
	}

	private void load(DemoBudget budget) {
		Agency lao = directory.agencyByCode(budget.laoCode()).orElse(null);
		if (lao == null || repository.document(lao.id(), budget.fiscalYear(), DocumentType.ORDINANCE).isPresent()) {
			return;
		}
		try (InputStream in = new ClassPathResource(budget.file()).getInputStream()) {
			long id = ingest.upload(lao.id(), budget.fiscalYear(), DocumentType.ORDINANCE, in, budget.fileName(),
					"text/csv");
			log.info("Demo budget {} of {} loaded as document {}", budget.fiscalYear(), lao.nameTh(), id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
