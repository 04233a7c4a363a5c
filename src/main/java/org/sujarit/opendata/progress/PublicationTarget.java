package org.sujarit.opendata.progress;

import java.math.BigDecimal;

import org.sujarit.directory.AgencyType;

/**
 * A target group's publication rate against its target, e.g. "อบจ. 61/76 = 80.3%" (the registration rate's
 * shape and arithmetic: percent with one decimal, met when it reaches the target).
 *
 * @param published LAOs of the group whose data is on the portal (current or out of date)
 * @param outOfDate of those, the ones whose portal data is older than their document
 * @param target the target percentage ({@code sujarit.opendata.progress.pao-target})
 */
public record PublicationTarget(AgencyType group, int published, int outOfDate, int total, BigDecimal percent,
		BigDecimal target, boolean met) {
}
