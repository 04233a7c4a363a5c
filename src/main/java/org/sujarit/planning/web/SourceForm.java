package org.sujarit.planning.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.sujarit.planning.SourceDetail;
import org.sujarit.planning.SourceDraft;

/**
 * The add/edit form of a recommendation source. Rules live in the planning module; this only carries input.
 */
record SourceForm(String code, String nameTh, String nameEn, String issuerTh, String periodTh,
		@Min(0) @Max(100000) Integer sortOrder, Boolean active, Integer version) {

	static final java.util.List<String> FIELDS = java.util.List.of("code", "nameTh", "nameEn", "issuerTh", "periodTh",
			"sortOrder");

	static SourceForm empty() {
		return new SourceForm("", "", "", "", "", null, true, null);
	}

	static SourceForm of(SourceDetail source) {
		return new SourceForm(source.code(), source.nameTh(), source.nameEn(), source.issuerTh(), source.periodTh(),
				source.sortOrder(), source.active(), source.version());
	}

	SourceDraft draft() {
		return new SourceDraft(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), nameTh, nameEn,
				issuerTh, periodTh, sortOrder, !Boolean.FALSE.equals(active));
	}

}
