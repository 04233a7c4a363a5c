package org.sujarit.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.sujarit.platform.web.DomainException;

/**
 * Decides what a file is from its bytes alone: Tika's magic numbers first, then a look inside Office
 * containers (OOXML/ODF zips and legacy OLE2 files) for the real document type, macros, encryption and
 * zip bombs, and a look at text for markup a browser would run.
 */
class ContentInspector {

	/** What the content turned out to be; {@code kind} is empty for types no kind covers. */
	record Detected(Optional<FileKind> kind, String contentType) {

		static Detected of(FileKind kind, String contentType) {
			return new Detected(Optional.of(kind), contentType);
		}

		static Detected other(String contentType) {
			return new Detected(Optional.empty(), contentType);
		}

	}

	static final String OLE2 = "application/x-tika-msoffice";

	static final String CSV = "text/csv";

	static final String TEXT = "text/plain";

	private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp",
			"image/tiff", "image/webp", "image/heic", "image/heif");

	/** Main-part content types of the Office Open XML documents people exchange, macro-free. */
	private static final Map<String, Detected> OOXML = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
			Detected.of(FileKind.WORD, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
			Detected.of(FileKind.WORD, "application/vnd.openxmlformats-officedocument.wordprocessingml.template"),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			Detected.of(FileKind.EXCEL, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
			Detected.of(FileKind.EXCEL, "application/vnd.openxmlformats-officedocument.spreadsheetml.template"),
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
			Detected.of(FileKind.POWERPOINT,
					"application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
			Detected.of(FileKind.POWERPOINT, "application/vnd.openxmlformats-officedocument.presentationml.slideshow"),
			"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml",
			Detected.of(FileKind.POWERPOINT, "application/vnd.openxmlformats-officedocument.presentationml.template"));

	private static final Map<String, FileKind> ODF = Map.of("application/vnd.oasis.opendocument.text",
			FileKind.WORD, "application/vnd.oasis.opendocument.spreadsheet", FileKind.EXCEL,
			"application/vnd.oasis.opendocument.presentation", FileKind.POWERPOINT);

	/**
	 * Starts of text a browser would sniff as HTML (WHATWG MIME sniffing, "identifying a resource with an
	 * unknown MIME type"), plus XML, which may be SVG or XHTML.
	 */
	private static final List<String> MARKUP_STARTS = List.of("<!doctype html", "<html", "<head", "<script",
			"<iframe", "<h1", "<div", "<font", "<table", "<a ", "<a>", "<style", "<title", "<b ", "<b>", "<body",
			"<br", "<p ", "<p>", "<!--", "<?xml", "<svg", "<object", "<embed", "<meta", "<link", "<img", "<form");

	/** Active content anywhere near the start of a text file. */
	private static final List<String> ACTIVE_MARKUP = List.of("<script", "<html", "<svg", "<iframe", "<object",
			"<embed");

	private static final int TEXT_SNIFF_BYTES = 8192;

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

	private final OfficeZip.Limits zipLimits;

	ContentInspector(OfficeZip.Limits zipLimits) {
		this.zipLimits = zipLimits;
	}

	/**
	 * What the file at {@code file} is. {@code extension} (of the name it came with, may be empty) only
	 * tells CSV from other text, which have no magic numbers.
	 * @throws DomainException for zip bombs, macros, encrypted or corrupt Office files
	 */
	Detected inspect(Path file, String extension) throws IOException {
		MediaType detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = mimeTypes.detect(in, new Metadata());
		}
		String type = detected.getBaseType().toString();
		if ("application/pdf".equals(type)) {
			return Detected.of(FileKind.PDF, type);
		}
		if (IMAGES.contains(type)) {
			return Detected.of(FileKind.IMAGE, type);
		}
		if (registry.isInstanceOf(detected, MediaType.APPLICATION_ZIP) || "application/x-tika-ooxml".equals(type)) {
			return officeZip(file, type);
		}
		if (OLE2.equals(type) || registry.isInstanceOf(detected, MediaType.application("x-tika-msoffice"))) {
			return ole2(file);
		}
		if (TEXT.equals(type) || CSV.equals(type) || "text/tab-separated-values".equals(type)
				|| MediaType.OCTET_STREAM.equals(detected) && TextContent.looksLikeText(file)) {
			return text(file, extension);
		}
		return Detected.other(type);
	}

	private Detected officeZip(Path file, String zipType) throws IOException {
		OfficeZip zip;
		try {
			zip = OfficeZip.scan(file, zipLimits);
		}
		catch (OfficeZip.TooExpansiveException ex) {
			throw DomainException.invalid("platform.files.zip-bomb");
		}
		catch (ZipException ex) {
			throw DomainException.invalid("platform.files.corrupt");
		}
		if (zip.encrypted()) {
			throw DomainException.invalid("platform.files.encrypted");
		}
		if (zip.macros()) {
			throw DomainException.invalid("platform.files.macro");
		}
		Optional<String> main = zip.mainContentType().map(t -> t.toLowerCase(Locale.ROOT));
		if (main.isPresent() && zip.ooxml() && OOXML.containsKey(main.get())) {
			return OOXML.get(main.get());
		}
		if (main.isPresent() && zip.odf() && ODF.containsKey(main.get())) {
			return Detected.of(ODF.get(main.get()), main.get());
		}
		return Detected.other(main.orElse("application/x-tika-ooxml".equals(zipType) ? "application/zip" : zipType));
	}

	private Detected ole2(Path file) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw DomainException.invalid("platform.files.encrypted");
			}
			if (root.hasEntryCaseInsensitive("Macros") || root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")
					|| root.hasEntryCaseInsensitive("VBA")) {
				throw DomainException.invalid("platform.files.macro");
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				if (wordEncrypted(root)) {
					throw DomainException.invalid("platform.files.encrypted");
				}
				return Detected.of(FileKind.WORD, "application/msword");
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				if (workbookEncrypted(root)) {
					throw DomainException.invalid("platform.files.encrypted");
				}
				return Detected.of(FileKind.EXCEL, "application/vnd.ms-excel");
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				if (presentationEncrypted(root)) {
					throw DomainException.invalid("platform.files.encrypted");
				}
				return Detected.of(FileKind.POWERPOINT, "application/vnd.ms-powerpoint");
			}
			return Detected.other(OLE2);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("platform.files.corrupt");
		}
	}

	/** Word 97–2003: the File Information Block's fEncrypted flag (bit 8 of the flags at offset 0x0A). */
	private static boolean wordEncrypted(DirectoryNode root) throws IOException {
		try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("WordDocument"))) {
			byte[] fib = in.readNBytes(12);
			if (fib.length < 12) {
				throw new IOException("short FIB");
			}
			int flags = (fib[10] & 0xFF) | (fib[11] & 0xFF) << 8;
			return (flags & 0x0100) != 0;
		}
	}

	/** Excel 97–2003: a FILEPASS record (0x002F) right after the workbook globals' BOF. */
	private static boolean workbookEncrypted(DirectoryNode root) throws IOException {
		String name = root.hasEntryCaseInsensitive("Workbook") ? "Workbook" : "Book";
		try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(name))) {
			for (int record = 0; record < 2; record++) {
				byte[] header = in.readNBytes(4);
				if (header.length < 4) {
					return false;
				}
				int sid = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
				int length = (header[2] & 0xFF) | (header[3] & 0xFF) << 8;
				if (sid == 0x002F) {
					return true;
				}
				in.skipNBytes(length);
			}
			return false;
		}
	}

	/** PowerPoint 97–2003: the Current User stream's header token is 0xF3D1C4DF when encrypted. */
	private static boolean presentationEncrypted(DirectoryNode root) throws IOException {
		if (root.hasEntryCaseInsensitive("EncryptedSummary")) {
			return true;
		}
		if (!root.hasEntryCaseInsensitive("Current User")) {
			return false;
		}
		try (DocumentInputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive("Current User"))) {
			byte[] atom = in.readNBytes(16);
			if (atom.length < 16) {
				return false;
			}
			long token = (atom[12] & 0xFFL) | (atom[13] & 0xFFL) << 8 | (atom[14] & 0xFFL) << 16
					| (atom[15] & 0xFFL) << 24;
			return token == 0xF3D1C4DFL;
		}
	}

	private Detected text(Path file, String extension) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(TEXT_SNIFF_BYTES);
		}
		String sniffed = asciiView(head);
		String start = sniffed.stripLeading();
		if (MARKUP_STARTS.stream().anyMatch(start::startsWith)
				|| ACTIVE_MARKUP.stream().anyMatch(sniffed::contains)) {
			return Detected.other("text/html");
		}
		if ("csv".equals(extension) || "tsv".equals(extension)) {
			return Detected.of(FileKind.CSV, "tsv".equals(extension) ? "text/tab-separated-values" : CSV);
		}
		return Detected.of(FileKind.TEXT, TEXT);
	}

	/**
	 * Lower-case ASCII view of the first bytes whatever the encoding: NULs and non-ASCII bytes are dropped
	 * so {@code <script>} in UTF-16 is seen too.
	 */
	private static String asciiView(byte[] head) {
		StringBuilder out = new StringBuilder(head.length);
		for (byte b : head) {
			int c = b & 0xFF;
			if (c != 0 && c < 0x80) {
				out.append(Character.toLowerCase((char) c));
			}
		}
		return out.toString();
	}

}
