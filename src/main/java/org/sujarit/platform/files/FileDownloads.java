package org.sujarit.platform.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Download responses for stored files: always an attachment (never rendered in the page's origin), the
 * name in RFC 6266/5987 form so Thai names survive ({@code filename*=UTF-8''...} plus an ASCII fallback),
 * the detected content type with {@code nosniff}, an exact Content-Length, a sandboxing CSP and no
 * caching by shared caches.
 */
public final class FileDownloads {

	/** The extensions that fit each detected content type; the first is added to names that lack one. */
	private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
			Map.entry("application/pdf", List.of("pdf")), Map.entry("image/png", List.of("png")),
			Map.entry("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif")), Map.entry("image/gif", List.of("gif")),
			Map.entry("image/bmp", List.of("bmp")), Map.entry("image/tiff", List.of("tif", "tiff")),
			Map.entry("image/webp", List.of("webp")), Map.entry("image/heic", List.of("heic")),
			Map.entry("image/heif", List.of("heif", "heic")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", List.of("dotx")),
			Map.entry("application/msword", List.of("doc", "dot")),
			Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.template", List.of("xltx")),
			Map.entry("application/vnd.ms-excel", List.of("xls", "xlt")),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.slideshow", List.of("ppsx")),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.template", List.of("potx")),
			Map.entry("application/vnd.ms-powerpoint", List.of("ppt", "pps", "pot")),
			Map.entry("application/vnd.oasis.opendocument.presentation", List.of("odp")),
			Map.entry("text/csv", List.of("csv")), Map.entry("text/tab-separated-values", List.of("tsv", "csv")));

	/** RFC 5987 attr-char besides letters and digits. */
	private static final String ATTR_CHAR_MARKS = "!#$&+-.^_`|~";

	private FileDownloads() {
	}

	/** A 200 response streaming {@code content} (closed by Spring after writing) as {@code file}. */
	public static ResponseEntity<Resource> attachment(StoredFile file, InputStream content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(downloadName(file)))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.body(new InputStreamResource(content));
	}

	/**
	 * The name offered on download: the uploaded name, with the extension of the real type added when the
	 * name's own extension does not fit (a PDF uploaded as {@code photo.jpg} downloads as
	 * {@code photo.jpg.pdf}, so it opens in the right program).
	 */
	public static String downloadName(StoredFile file) {
		List<String> fitting = EXTENSIONS.get(file.contentType().toLowerCase(Locale.ROOT));
		if (fitting == null || fitting.contains(FileNames.extension(file.originalName()))) {
			return file.originalName();
		}
		return file.originalName() + "." + fitting.get(0);
	}

	/** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} */
	public static String contentDisposition(String filename) {
		return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + rfc5987(filename);
	}

	private static String asciiFallback(String filename) {
		StringBuilder out = new StringBuilder();
		filename.codePoints().forEach(c -> {
			if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' && c != ';') {
				out.append((char) c);
			}
			else if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append('_');
			}
		});
		String fallback = out.toString().replaceAll("_{2,}", "_");
		String extension = FileNames.extension(fallback);
		String base = FileNames.base(fallback);
		if (base.chars().allMatch(c -> c == '_' || c == ' ')) {
			return extension.isEmpty() ? "download" : "download." + extension;
		}
		return fallback;
	}

	private static String rfc5987(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
					|| ATTR_CHAR_MARKS.indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return out.toString();
	}

}
