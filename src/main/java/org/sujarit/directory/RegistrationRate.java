package org.sujarit.directory;

import java.math.BigDecimal;
import java.util.List;

/**
 * Registration on the reporting system per target group, against the target percentage (KPI: at least
 * 80% of target agencies register).
 *
 * @param target the target percentage ({@code sujarit.directory.registration-target})
 * @param byType one row per agency type that has agencies
 * @param localGovernments all local governments together
 * @param localGovernmentsByProvince local governments per province
 */
public record RegistrationRate(BigDecimal target, List<RegistrationGroup> byType,
		RegistrationGroup localGovernments, List<RegistrationGroup> localGovernmentsByProvince) {
}
