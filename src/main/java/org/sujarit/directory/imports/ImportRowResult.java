package org.sujarit.directory.imports;

import java.util.List;

/**
 * One row of an import file as checked in the dry run: the values read (codes with Thai digits turned into
 * Arabic ones, province names into codes), the outcome, and the problems or changes.
 */
public record ImportRowResult(int rowNo, String code, String nameTh, String nameEn, String abbrevTh, String type,
		String parentCode, String provinceCode, String districtTh, ImportOutcome outcome,
		List<ImportProblem> problems, List<FieldChange> changes) {

	public ImportRowResult {
		problems = List.copyOf(problems);
		changes = List.copyOf(changes);
	}

}
