package org.sujarit.opendata;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.tabular.RowPipeline;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;

/**
 * "Validate your open-data CSV before you publish it": streams an uploaded budget CSV through
 * {@link BudgetCsvCheck}. The file is read by the platform's {@link TabularReader} (encoding decided from
 * the content: UTF-8 with or without byte-order mark, UTF-16, Windows-874/TIS-620), with limits of its
 * own since a compilation of many LAOs is larger than an import: {@code sujarit.opendata.validate.*}.
 */
@Service
class BudgetCsvValidation {

	private final OpenDataRepository repository;

	private final Directory directory;

	private final TabularReader reader;

	private final int maxIssues;

	BudgetCsvValidation(OpenDataRepository repository, Directory directory,
			@Value("${sujarit.opendata.validate.max-size:20MB}") DataSize maxSize,
			@Value("${sujarit.opendata.validate.max-rows:2000000}") int maxRows,
			@Value("${sujarit.opendata.validate.max-issues:1000}") int maxIssues) {
		this.repository = repository;
		this.directory = directory;
		TabularProperties defaults = TabularProperties.defaults();
		this.reader = new TabularReader(new TabularProperties(maxSize, maxRows, defaults.maxColumns(),
				(long) maxRows * (BudgetOutputs.COLUMNS.size() + 1), defaults.maxCellLength(), defaults.zipMaxEntries(),
				defaults.zipMaxUncompressed(), defaults.zipMaxRatio()));
		this.maxIssues = maxIssues;
	}

	/**
	 * @param declared the document the file is declared to be, or null for a file of many LAOs' lines
	 * @throws org.sujarit.platform.web.DomainException when the file is no CSV or cannot be read as text
	 */
	CsvValidationReport validate(InputStream content, String fileName, BudgetChecks.Context declared) {
		BudgetCsvCheck check = new BudgetCsvCheck(new CodeBook(repository.codes()),
				declared == null ? laoCodes() : Set.of(), declared, maxIssues);
		try (RowPipeline pipeline = RowPipeline.start(check)) {
			reader.read(content, fileName, pipeline);
			pipeline.finish();
		}
		return check.report(fileName);
	}

	private Set<String> laoCodes() {
		Set<AgencyType> types = AgencyType.localGovernments();
		Set<String> codes = new HashSet<>();
		directory.select(new AgencySelector(types, null, null, null))
			.forEach(agency -> {
				if (agency.code() != null) {
					codes.add(agency.code());
				}
			});
		return codes;
	}

}
