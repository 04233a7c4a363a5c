package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One CPI year found in the workbook: how many countries (scored ones), whether the year carries source
 * scores (then applying it replaces the year's source scores too, else only the results), how many
 * results are loaded for it now, Thailand's row, and the coordinator-corrected source scores that
 * applying it would replace.
 */
public record YearPreview(int year, int countries, int scored, boolean sourceScores, int sourceScoreCount,
		int loadedNow, ImportedCountry thailand, List<CorrectedScore> correctedReplaced) {

	/** A source score a coordinator corrected by hand, and the value of the file that would replace it. */
	public record CorrectedScore(String countryCode, String sourceCode, BigDecimal corrected, BigDecimal imported) {
	}

	public YearPreview {
		correctedReplaced = List.copyOf(correctedReplaced);
	}

}
