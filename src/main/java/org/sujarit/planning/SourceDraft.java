package org.sujarit.planning;

/**
 * A recommendation source to create or change. A null sort order puts a new source last.
 */
public record SourceDraft(String code, String nameTh, String nameEn, String issuerTh, String periodTh,
		Integer sortOrder, boolean active) {
}
