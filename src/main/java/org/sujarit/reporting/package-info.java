/**
 * Reporting (การรายงานผล): rounds, the expected report of every assignment (activity × agency), report
 * content and evidence, the review workflow (draft → submitted → approved by the agency → accepted or
 * returned by the coordinator), versions, completeness and timeliness, reminders and exports.
 *
 * <p>Listens to {@link org.sujarit.planning.AgenciesAssigned} to expect reports from newly assigned
 * agencies in open rounds. Publishes {@link org.sujarit.reporting.ReportSubmitted},
 * {@link org.sujarit.reporting.ReportAccepted} and {@link org.sujarit.reporting.ReportReturned}, and for the
 * search index {@link org.sujarit.reporting.ReportDraftSaved}, {@link org.sujarit.reporting.ReportApproved},
 * {@link org.sujarit.reporting.EvidenceAttached} and {@link org.sujarit.reporting.EvidenceRemoved}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.sujarit.reporting;
