package org.sujarit.planning;

/**
 * A recommendation source with everything an editor sees.
 */
public record SourceDetail(long id, String code, String nameTh, String nameEn, String issuerTh, String periodTh,
		int sortOrder, boolean active, int version) {

	public RecommendationSource summary() {
		return new RecommendationSource(id, code, nameTh, nameEn, sortOrder);
	}

}
