package org.sujarit.directory;

/**
 * A province (จังหวัด) and the PACC regional office that covers it.
 */
public record Province(String code, String nameTh, String nameEn, Integer paccRegion) {
}
