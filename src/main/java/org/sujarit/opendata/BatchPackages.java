package org.sujarit.opendata;

import java.nio.file.Path;
import java.util.List;

/**
 * What a national batch gave: the check's report, every LAO of the file with its outcome, and the zip of
 * the valid LAOs' open-data packages — absent, with the reason's message key, when the file could give
 * none (its columns are wrong, or an LAO's lines are not kept together).
 *
 * @param zip a temporary file the caller sends and then deletes
 */
public record BatchPackages(CsvValidationReport report, List<LaoOutcome> outcomes, Path zip, String refusal) {

	public BatchPackages {
		outcomes = List.copyOf(outcomes);
	}

	/** One LAO of the file: its lines, the errors in them and whether it was packaged. */
	public record LaoOutcome(String laoCode, String laoName, int lines, long errors, boolean packaged) {
	}

	public long packaged() {
		return outcomes.stream().filter(LaoOutcome::packaged).count();
	}

}
