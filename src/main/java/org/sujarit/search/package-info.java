/**
 * Search (ค้นหา): Thai full-text search over report narratives, problems and suggestions, evidence file
 * names and activity titles, with Lucene's Thai word segmentation. Results are limited by the same rule as
 * reading a report (reporting's {@code ReportAccess}), applied as a filter inside the query.
 *
 * <p>Reads other modules only through their facades ({@link org.sujarit.reporting.Reporting#searchableReports},
 * {@link org.sujarit.planning.Planning#searchableActivities}). Stays current by listening, after commit, to
 * reporting's and planning's events; after a restart or crash it catches up from a watermark kept in the
 * index's commit data, and rebuilds an index that is missing, corrupt or of an older layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.sujarit.search;
