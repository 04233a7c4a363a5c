package org.sujarit.opendata.explorer;

import java.util.List;

import org.sujarit.directory.AgencyType;

/** A local government with published budget data, and its published documents (newest year first). */
public record PublishedLao(String laoCode, String nameTh, String provinceTh, AgencyType type,
		List<PublishedBudget> budgets) {
}
