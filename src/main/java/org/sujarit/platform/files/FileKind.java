package org.sujarit.platform.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stored file is, decided from its content (never from its name). Each kind lists the file name
 * extensions people know it by, used in messages ("allowed: PDF, JPG, ...") and to spot names that
 * contradict the content.
 */
public enum FileKind {

	PDF("pdf"),

	/** Raster images only; SVG can carry script and is never accepted. */
	IMAGE("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp", "heic", "heif"),

	WORD("docx", "doc", "odt", "dotx"),

	EXCEL("xlsx", "xls", "ods", "xltx"),

	POWERPOINT("pptx", "ppt", "odp", "ppsx", "potx", "pps"),

	CSV("csv", "tsv"),

	TEXT("txt");

	private final List<String> extensions;

	FileKind(String... extensions) {
		this.extensions = List.of(extensions);
	}

	/** Lower-case extensions without the dot, the usual one first. */
	public List<String> extensions() {
		return extensions;
	}

	/** The kind a file name's extension claims, if it names one. */
	public static Optional<FileKind> ofExtension(String extension) {
		String wanted = extension.toLowerCase(Locale.ROOT);
		for (FileKind kind : values()) {
			if (kind.extensions.contains(wanted)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** Text kinds carry no magic number, so their content cannot contradict a name the way binaries can. */
	public boolean text() {
		return this == CSV || this == TEXT;
	}

}
