package org.sujarit.opendata;

/**
 * One code of a {@link CodeList}.
 *
 * @param code stable short English key, e.g. {@code education}
 * @param parent the key of its parent code (a แผนงาน's ด้าน, a หมวด's งบ), or null
 * @param dlaCode the code DLA prints, where known
 */
public record CodeEntry(long id, CodeList list, String code, String nameTh, String nameEn, String parent,
		String dlaCode, int sortOrder, boolean active, int version) {
}
