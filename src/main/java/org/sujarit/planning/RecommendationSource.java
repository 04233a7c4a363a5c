package org.sujarit.planning;

/**
 * Where recommendations come from (ข้อเสนอแนะจากหน่วยงาน), e.g. the Senate committee's proactive plan or
 * the NACC's phase-3 recommendations.
 */
public record RecommendationSource(long id, String code, String nameTh, String nameEn, int sortOrder) {
}
