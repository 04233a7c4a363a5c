package org.sujarit.opendata.progress;

/** The report and a page of its LAO list, from one read of the directory and the documents. */
public record ProgressOverview(ProgressReport report, LaoPage laos) {
}
