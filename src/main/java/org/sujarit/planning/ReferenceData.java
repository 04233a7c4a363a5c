package org.sujarit.planning;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * Loads the CPI sources and working groups (src/main/resources/planning/*.csv, from the CPI
 * subcommittee's order 2/2565) on every start, in every mode, before any demo data. Idempotent: rows are
 * written only when they differ, so a restart leaves no audit entries.
 */
@Component
@ConditionalOnProperty(name = "sujarit.cli.active", havingValue = "false", matchIfMissing = true)
class ReferenceData {

	static final String WORKING_GROUPS = "planning/cpi-working-groups.csv";

	static final String CPI_SOURCES = "planning/cpi-sources-thailand.csv";

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private final ReferenceRepository reference;

	private final TransactionTemplate transactions;

	ReferenceData(ReferenceRepository reference, TransactionTemplate transactions) {
		this.reference = reference;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(-100)
	void onStart() {
		Actor.runAs("reference-data", this::load);
	}

	/** Returns the number of rows written. */
	int load() {
		Integer changed = transactions.execute(status -> {
			int count = 0;
			List<BundledCsv.Row> groups = BundledCsv.read(WORKING_GROUPS);
			for (int i = 0; i < groups.size(); i++) {
				BundledCsv.Row row = groups.get(i);
				count += reference.upsertWorkingGroup(row.get("code"), row.get("name_th"), i + 1) ? 1 : 0;
			}
			List<BundledCsv.Row> sources = BundledCsv.read(CPI_SOURCES);
			for (int i = 0; i < sources.size(); i++) {
				BundledCsv.Row row = sources.get(i);
				count += reference.upsertCpiSource(row.get("code"), row.get("name"), row.orNull("what_it_asks_th"),
						row.orNull("respondents_th"), i + 1) ? 1 : 0;
				count += reference.setSourceGroups(row.get("code"), split(row.get("working_groups"), ";")) ? 1 : 0;
			}
			return count;
		});
		int written = changed == null ? 0 : changed;
		if (written > 0) {
			log.info("Planning reference data: {} CPI source / working group rows written", written);
		}
		return written;
	}

	static Set<String> split(String value, String separator) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(value.split(java.util.regex.Pattern.quote(separator)))
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
