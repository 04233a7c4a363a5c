package org.sujarit.reporting;

import java.util.Set;

/**
 * A report a round expects, with the classification snapshot taken when it was assigned.
 */
record ExpectedReport(long activityId, long agencyId, String agencyRole, String activityCode, String sourceCode,
		Set<String> workingGroups, Set<String> cpiSources, String agencyType, String provinceCode,
		Long parentAgencyId) {
}
