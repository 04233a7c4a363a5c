/**
 * Planning (แผนงาน): recommendation sources (ข้อเสนอแนะ) and their item trees (area → measure →
 * sub-measure), the activities/projects planned under each item for a fiscal year (or a multi-year
 * long-term plan), the agencies responsible for them (lead or co-responsible), versioned KPIs and the CPI
 * sources and working groups they target. Other modules read it through {@link org.sujarit.planning.Planning}.
 *
 * <p>Events: {@link org.sujarit.planning.AgenciesAssigned} (agencies added to an activity, published inside
 * the transaction, once per fiscal year the activity runs in), {@link org.sujarit.planning.AgencyUnassigned}
 * and {@link org.sujarit.planning.ActivitySaved} (an activity was created or changed).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package org.sujarit.planning;
