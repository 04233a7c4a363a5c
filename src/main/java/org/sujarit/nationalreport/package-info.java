/**
 * The national annual report (รายงานผลการดำเนินงานประจำปี): compiled in one step from the accepted reports of
 * a round, in the seed report's shape — cover, introduction, executive summary, the CPI section, quick wins,
 * the progress tables by recommendation source and item, and a section per working group — as DOCX, PDF or
 * XLSX, streamed so that a round of tens of thousands of reports fits in a small heap. Reads reports through
 * {@link org.sujarit.reporting.Reporting}, plans through {@link org.sujarit.planning.Planning}, CPI results
 * through {@link org.sujarit.cpi.Cpi} and agency names through {@link org.sujarit.directory.Directory}.
 * Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National report")
package org.sujarit.nationalreport;
