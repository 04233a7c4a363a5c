package org.sujarit.planning;

/**
 * Short-term plans cover one fiscal year (แผนระยะสั้น); long-term plans several (แผนระยะยาว, e.g. 2566–2570).
 */
public enum PlanTerm {

	SHORT, LONG

}
