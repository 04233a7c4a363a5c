package org.sujarit.nationalreport;

import java.util.Locale;

/**
 * What to compile: the round (its accepted reports), the format, the CPI year whose results the CPI section
 * shows (null leaves the section out) and the language of the report's own texts.
 */
public record ReportRequest(long roundId, ReportFormat format, Integer cpiYear, Locale locale) {
}
