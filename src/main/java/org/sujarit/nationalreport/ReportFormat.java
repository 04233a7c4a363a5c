package org.sujarit.nationalreport;

import java.util.Locale;

/**
 * The formats the national report is written in.
 */
public enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String contentType;

	ReportFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The format named by a file extension (docx, pdf, xlsx), in any case. */
	public static ReportFormat ofExtension(String extension) {
		for (ReportFormat format : values()) {
			if (format.extension().equalsIgnoreCase(extension)) {
				return format;
			}
		}
		throw org.sujarit.platform.web.DomainException.invalid("nationalreport.format.unknown", extension);
	}

}
