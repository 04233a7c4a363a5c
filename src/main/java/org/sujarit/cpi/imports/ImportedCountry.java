package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One country's row for one CPI year as read from the workbook (before it is stored): values as TI wrote
 * them, null where the cell is blank or unreadable; {@code sourceScores} by source code (empty when the
 * sheet has no source columns, as the timeseries sheet); {@code rankComputed} when the sheet has no rank
 * for that year and the rank was computed as 1 + the countries with a higher score.
 */
public record ImportedCountry(int year, String countryCode, String countryName, String region, BigDecimal score,
		BigDecimal rank, boolean rankComputed, BigDecimal sources, BigDecimal standardError, BigDecimal ciLow,
		BigDecimal ciHigh, Map<String, BigDecimal> sourceScores, String sheet, int row) {

	public ImportedCountry {
		sourceScores = Collections.unmodifiableMap(new LinkedHashMap<>(sourceScores));
	}

	public boolean scored() {
		return score != null;
	}

	/** The number of sources: the source scores read, or the sheet's count when it has no source columns. */
	public int sourceCount() {
		if (!sourceScores.isEmpty()) {
			return sourceScores.size();
		}
		return sources == null ? 0 : sources.intValue();
	}

	ImportedCountry withRank(int computed) {
		return new ImportedCountry(year, countryCode, countryName, region, score, BigDecimal.valueOf(computed), true,
				sources, standardError, ciLow, ciHigh, sourceScores, sheet, row);
	}

}
