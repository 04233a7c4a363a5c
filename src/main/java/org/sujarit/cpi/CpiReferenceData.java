package org.sujarit.cpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
 * Loads Thailand's published CPI figures (per-source scores, score, rank, SE 2012–2025; the unrounded
 * source scores of 2021 and 2024) and the ASEAN scores and ranks 2020–2025 from src/main/resources/cpi/
 * on every start, in every mode. Idempotent: rows are written only when they differ, and a score a
 * coordinator corrected is kept.
 */
@Component
@ConditionalOnProperty(name = "sujarit.cli.active", havingValue = "false", matchIfMissing = true)
class CpiReferenceData {

	static final String THAILAND = "cpi/thailand-source-scores.csv";

	static final String UNROUNDED = "cpi/thailand-unrounded.csv";

	static final String ASEAN = "cpi/asean-2020-2025.csv";

	static final List<String> SOURCES = List.of("WEF", "IMD", "PRS", "GI", "BF", "WJP", "EIU", "PERC", "VDEM");

	/** ISO 3166-1 alpha-3 codes of the ASEAN members and Timor-Leste, by the names TI uses. */
	static final Map<String, String> CODES = Map.ofEntries(Map.entry("Singapore", "SGP"), Map.entry("Malaysia", "MYS"),
			Map.entry("Timor-Leste", "TLS"), Map.entry("Vietnam", "VNM"), Map.entry("Indonesia", "IDN"),
			Map.entry("Thailand", Cpi.THAILAND), Map.entry("Philippines", "PHL"), Map.entry("Laos", "LAO"),
			Map.entry("Cambodia", "KHM"), Map.entry("Myanmar", "MMR"), Map.entry("Brunei", "BRN"));

	private static final Logger log = LoggerFactory.getLogger(CpiReferenceData.class);

	private final CpiRepository repository;

	private final TransactionTemplate transactions;

	CpiReferenceData(CpiRepository repository, TransactionTemplate transactions) {
		this.repository = repository;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(-90)
	void onStart() {
		Actor.runAs("reference-data", this::load);
	}

	/** Returns the number of rows written. */
	int load() {
		Integer changed = transactions.execute(status -> loadRows());
		int written = changed == null ? 0 : changed;
		if (written > 0) {
			log.info("CPI reference data: {} rows written", written);
		}
		return written;
	}

	private int loadRows() {
		int count = 0;
		// the unrounded vectors TI released (2021, 2024) take the place of the whole numbers of those years
		Map<Integer, BundledCsv.Row> unrounded = new java.util.HashMap<>();
		for (BundledCsv.Row row : BundledCsv.read(UNROUNDED)) {
			unrounded.put(Integer.parseInt(row.get("year")), row);
		}
		// a year imported from TI's workbook is TI's whole-world data: the bundled figures stand aside
		java.util.Set<Integer> imported = repository.importedYears();
		Map<Integer, Integer> countries = new java.util.HashMap<>();
		for (BundledCsv.Row whole : BundledCsv.read(THAILAND)) {
			int year = Integer.parseInt(whole.get("year"));
			if (imported.contains(year)) {
				continue;
			}
			BundledCsv.Row row = unrounded.getOrDefault(year, whole);
			int score = Integer.parseInt(whole.get("cpi_score"));
			int sources = 0;
			for (String source : SOURCES) {
				String value = row.orNull(source);
				if (value != null) {
					sources++;
					count += repository.upsertSourceScore(Cpi.THAILAND, year, source, new BigDecimal(value)) ? 1 : 0;
				}
			}
			BigDecimal se = new BigDecimal(row.get("standard_error"));
			BigDecimal[] ci = CpiMethod.interval(year, score, se);
			countries.put(year, Integer.parseInt(whole.get("countries")));
			count += repository.upsertResult(new CountryYear(Cpi.THAILAND, "Thailand", year, score,
					Integer.parseInt(whole.get("cpi_rank")), countries.get(year), se, ci[0], ci[1], sources,
					CpiGroup.AP.regionCode())) ? 1 : 0;
		}
		for (BundledCsv.Row row : BundledCsv.read(ASEAN)) {
			String name = row.get("country");
			String code = CODES.get(name);
			if (code == null || Cpi.THAILAND.equals(code)) {
				continue;
			}
			for (int year = 2020; year <= 2025; year++) {
				if (imported.contains(year)) {
					continue;
				}
				String score = row.orNull(year + "_score");
				String rank = row.orNull(year + "_rank");
				boolean scored = score != null && rank != null;
				count += repository.upsertResult(new CountryYear(code, name, year, scored ? Integer.valueOf(score) : null,
						scored ? Integer.valueOf(rank) : null, countries.get(year), null, null, null, null,
						CpiGroup.AP.regionCode())) ? 1 : 0;
			}
		}
		return count;
	}

}
