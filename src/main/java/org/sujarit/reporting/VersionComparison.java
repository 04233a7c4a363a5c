package org.sujarit.reporting;

import java.util.List;

/**
 * What changed between two kept versions of a report, field by field.
 */
public record VersionComparison(ReportVersion before, ReportVersion after, List<FieldChange> changes) {

	public record FieldChange(String field, String before, String after, List<TextDiff.Piece> pieces) {
	}

}
