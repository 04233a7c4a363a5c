package org.sujarit.opendata.progress.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.progress.ProgressFilter;
import org.sujarit.opendata.progress.ProgressState;
import org.sujarit.opendata.progress.PublicationProgress;

/**
 * The progress filters as query parameters (page and API alike); missing ones take their defaults: the
 * current fiscal year, the annual ordinance, every province, type and state still to chase.
 *
 * @param fiscalYear Buddhist Era, e.g. 2569
 * @param province province code (as in the directory), e.g. 56
 */
record ProgressQuery(@Min(2500) @Max(2700) Integer fiscalYear, DocumentType documentType,
		@Pattern(regexp = "[0-9A-Za-z-]{0,10}") String province, AgencyType laoType, ProgressState state) {

	ProgressFilter filter() {
		return new ProgressFilter(fiscalYear == null ? PublicationProgress.currentFiscalYear() : fiscalYear,
				documentType == null ? DocumentType.ORDINANCE : documentType, province, laoType, state);
	}

	static ProgressQuery defaults() {
		return new ProgressQuery(null, null, null, null, null);
	}

}
