package org.sujarit.opendata.progress;

import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentType;
import org.sujarit.platform.web.DomainException;

/**
 * What the coordinator looks at: one fiscal year and document type, optionally one province and one type
 * of LAO (these narrow the counts and the list), and one state (this narrows the list only).
 *
 * @param fiscalYear Buddhist Era
 * @param provinceCode null for every province
 * @param laoType null for every type of local government
 * @param state null for the list of LAOs still to chase (every state but published)
 */
public record ProgressFilter(int fiscalYear, DocumentType documentType, String provinceCode, AgencyType laoType,
		ProgressState state) {

	public ProgressFilter {
		if (fiscalYear < 2500 || fiscalYear > 2700) {
			throw DomainException.invalid("opendata.progress.fiscal-year-invalid", fiscalYear);
		}
		if (documentType == null) {
			throw DomainException.invalid("opendata.progress.document-type-required");
		}
		if (laoType != null && !laoType.localGovernment()) {
			throw DomainException.invalid("opendata.progress.not-a-local-government", laoType.name());
		}
		provinceCode = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
	}

	public static ProgressFilter of(int fiscalYear, DocumentType documentType) {
		return new ProgressFilter(fiscalYear, documentType, null, null, null);
	}

	/** The LAO is among those counted: in the province and of the type asked for. */
	boolean counts(LaoProgress lao) {
		return (provinceCode == null || provinceCode.equals(lao.provinceCode())) && (laoType == null || laoType == lao.type());
	}

	/** The LAO is counted and belongs in the list: in the state asked for, or still to chase. */
	boolean lists(LaoProgress lao) {
		return counts(lao) && (state == null ? lao.state().toChase() : state == lao.state());
	}

}
