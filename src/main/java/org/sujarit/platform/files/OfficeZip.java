package org.sujarit.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A look inside an OOXML (docx, xlsx, pptx) or ODF (odt, ods, odp) package before anything trusts it.
 * Every entry is inflated once, counting bytes, so a zip bomb is stopped by what it really expands to,
 * not by sizes it claims: too many entries, too many bytes in total, an entry inflating more than the
 * allowed ratio (after a small grace size), or entries overlapping each other. The package's declared
 * main content type, macros, encryption (ODF) and Strict OOXML are reported.
 */
public final class OfficeZip {

	/** Entries smaller than this are not ratio-checked: tiny XML parts compress extremely well. */
	static final long RATIO_GRACE_BYTES = 100 * 1024;

	private static final int MAX_KEPT_TEXT = 1024 * 1024;

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String ROOT_RELATIONSHIPS = "_rels/.rels";

	private static final String ODF_MIMETYPE = "mimetype";

	private static final String ODF_MANIFEST = "META-INF/manifest.xml";

	private static final Set<String> KEPT = Set.of(CONTENT_TYPES, ROOT_RELATIONSHIPS, ODF_MIMETYPE, ODF_MANIFEST);

	private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	/** How far a package may expand. */
	public record Limits(int maxEntries, long maxUncompressedBytes, int maxRatio) {

		public static final Limits DEFAULT = new Limits(10_000, 1024L * 1024 * 1024, 100);

	}

	/** The package expands beyond the limits: treat it as a zip bomb. */
	public static final class TooExpansiveException extends IOException {

		private static final long serialVersionUID = 1L;

		TooExpansiveException(String reason) {
			super(reason);
		}

	}

	private final Map<String, String> texts;

	private final boolean macros;

	private final long uncompressedBytes;

	private final int entries;

	private OfficeZip(Map<String, String> texts, boolean macros, long uncompressedBytes, int entries) {
		this.texts = texts;
		this.macros = macros;
		this.uncompressedBytes = uncompressedBytes;
		this.entries = entries;
	}

	/**
	 * Inflates every entry of the zip at {@code file} within {@code limits}.
	 * @throws TooExpansiveException when a limit is passed
	 * @throws ZipException when the file is not a readable zip
	 */
	public static OfficeZip scan(Path file, Limits limits) throws IOException {
		long fileSize = Files.size(file);
		Map<String, String> texts = new HashMap<>();
		boolean macros = false;
		long total = 0;
		long compressedTotal = 0;
		int count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++count > limits.maxEntries()) {
					throw new TooExpansiveException("more than " + limits.maxEntries() + " entries");
				}
				long compressed = Math.max(entry.getCompressedSize(), 0);
				compressedTotal += compressed;
				if (compressedTotal > fileSize) {
					throw new TooExpansiveException("entries overlap");
				}
				String name = entry.getName();
				macros |= macroPart(name);
				boolean keep = KEPT.contains(name);
				java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
				long inflated = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) != -1) {
						inflated += read;
						total += read;
						if (total > limits.maxUncompressedBytes()) {
							throw new TooExpansiveException("more than " + limits.maxUncompressedBytes() + " bytes");
						}
						if (inflated > RATIO_GRACE_BYTES && inflated > Math.max(compressed, 1) * limits.maxRatio()) {
							throw new TooExpansiveException(name + " inflates more than " + limits.maxRatio() + " times");
						}
						if (kept != null && kept.size() < MAX_KEPT_TEXT) {
							kept.write(buffer, 0, Math.min(read, MAX_KEPT_TEXT - kept.size()));
						}
					}
				}
				if (kept != null) {
					texts.put(name, kept.toString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// malformed entry names
			throw new ZipException(ex.getMessage());
		}
		return new OfficeZip(Map.copyOf(texts), macros, total, count);
	}

	private static boolean macroPart(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
			return true;
		}
		// ODF: Basic/<library>/<module>.xml holds macro code; the script-lc/script-lb indexes do not
		boolean basicModule = lower.startsWith("basic/") && lower.endsWith(".xml") && !lower.endsWith("script-lc.xml")
				&& !lower.endsWith("script-lb.xml");
		boolean script = lower.startsWith("scripts/") && !lower.endsWith("/");
		return basicModule || script;
	}

	/** Whether this is an Office Open XML package (has {@code [Content_Types].xml}). */
	public boolean ooxml() {
		return texts.containsKey(CONTENT_TYPES);
	}

	/** Whether this is an OpenDocument package (has a {@code mimetype} entry). */
	public boolean odf() {
		return texts.containsKey(ODF_MIMETYPE) && !ooxml();
	}

	/**
	 * The main document's content type: for OOXML the content type of the part the package's
	 * officeDocument relationship points to, for ODF the {@code mimetype} entry.
	 */
	public Optional<String> mainContentType() {
		if (ooxml()) {
			return ooxmlMainType();
		}
		if (odf()) {
			String type = texts.get(ODF_MIMETYPE).strip();
			return type.isEmpty() ? Optional.empty() : Optional.of(type);
		}
		return Optional.empty();
	}

	/** Whether the package carries macros (VBA project, ODF Basic or scripts) or says it is macro-enabled. */
	public boolean macros() {
		return macros || mainContentType().map(type -> type.toLowerCase(Locale.ROOT).contains("macroenabled"))
			.orElse(false);
	}

	/** Whether an ODF package is password-protected (its manifest lists encryption data). */
	public boolean encrypted() {
		return odf() && texts.getOrDefault(ODF_MANIFEST, "").contains("encryption-data");
	}

	/** Whether an OOXML package uses the Strict conformance class (ISO/IEC 29500 Strict). */
	public boolean strictOoxml() {
		return ooxml() && texts.getOrDefault(ROOT_RELATIONSHIPS, "").contains(STRICT_OFFICE_DOCUMENT);
	}

	public long uncompressedBytes() {
		return uncompressedBytes;
	}

	public int entries() {
		return entries;
	}

	private Optional<String> ooxmlMainType() {
		Map<String, String> overrides = new HashMap<>();
		Map<String, String> defaults = new HashMap<>();
		String[] target = new String[1];
		parse(texts.get(CONTENT_TYPES), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("Override".equals(localName) && attributes.getValue("PartName") != null) {
					overrides.put(attributes.getValue("PartName").toLowerCase(Locale.ROOT),
							attributes.getValue("ContentType"));
				}
				else if ("Default".equals(localName) && attributes.getValue("Extension") != null) {
					defaults.put(attributes.getValue("Extension").toLowerCase(Locale.ROOT),
							attributes.getValue("ContentType"));
				}
			}
		});
		parse(texts.getOrDefault(ROOT_RELATIONSHIPS, ""), new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				String type = attributes.getValue("Type");
				if ("Relationship".equals(localName) && target[0] == null
						&& (OFFICE_DOCUMENT.equals(type) || STRICT_OFFICE_DOCUMENT.equals(type))) {
					target[0] = attributes.getValue("Target");
				}
			}
		});
		if (target[0] == null) {
			return Optional.empty();
		}
		String part = (target[0].startsWith("/") ? target[0] : "/" + target[0]).toLowerCase(Locale.ROOT);
		String type = overrides.get(part);
		if (type == null) {
			type = defaults.get(FileNames.extension(part));
		}
		return Optional.ofNullable(type);
	}

	private static void parse(String xml, DefaultHandler handler) {
		if (xml == null || xml.isBlank()) {
			return;
		}
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(handler);
			reader.parse(new InputSource(new StringReader(xml)));
		}
		catch (SAXException | IOException | ParserConfigurationException ex) {
			// an unreadable part leaves the package without a main type, which callers reject
		}
	}

}
