package org.sujarit.directory.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an agency import file, in template order. Names are the header texts.
 */
public enum ImportColumn {

	CODE("code", true), NAME_TH("name_th", true), NAME_EN("name_en", false), ABBREV_TH("abbrev_th", false),
	TYPE("type", true), PARENT_CODE("parent_code", false), PROVINCE_CODE("province_code", false),
	DISTRICT_TH("district_th", false);

	static final int MAX_LENGTH = 300;

	private final String header;

	private final boolean required;

	ImportColumn(String header, boolean required) {
		this.header = header;
		this.required = required;
	}

	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	static Optional<ImportColumn> byHeader(String text) {
		String key = text == null ? "" : text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(column -> column.header.equals(key)).findFirst();
	}

	public static List<String> headers() {
		return Arrays.stream(values()).map(ImportColumn::header).toList();
	}

}
