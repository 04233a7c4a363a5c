package org.sujarit.cpi.imports;

import java.util.List;

/**
 * What a sheet of the workbook turned out to be: one edition's results with the source scores
 * ({@code RESULTS}, as "CPI2024"), the score timeseries ({@code TIMESERIES}, "CPI Timeseries 2012 -
 * 2024": score, rank, sources and SE per year) or no CPI table ({@code SKIPPED}); {@code headerRow} is
 * the Excel row of its column headers.
 */
public record SheetSummary(String name, Kind kind, List<Integer> years, Integer headerRow, int countries) {

	public enum Kind {

		RESULTS, TIMESERIES, SKIPPED

	}

	public SheetSummary {
		years = List.copyOf(years);
	}

}
