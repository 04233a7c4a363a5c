package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an .xlsx — Transitional or Strict OOXML (ISO/IEC 29500 Strict, as Excel's "Strict Open XML
 * Spreadsheet" and Transparency International's workbooks are saved) — straight from the zip with SAX:
 * the package and workbook relationships to find the parts, the workbook part for sheet names,
 * visibility and the 1904 date system, then each sheet's XML twice — first for its merged areas (stored
 * after the cells), then for the cells. Elements are matched by local name and relationships by their
 * type's last segment, so both conformance classes (their namespaces differ: schemas.openxmlformats.org
 * versus purl.oclc.org) take the same path. Only the shared strings and the styles' number formats are
 * held in memory, never a sheet. The package has been checked by {@code OfficeZip} before it gets here.
 */
final class XlsxReader {

	private static final List<String> RELATIONSHIP_NAMESPACES = List.of(
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
			"http://purl.oclc.org/ooxml/officeDocument/relationships");

	private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private final RowSink sink;

	XlsxReader(RowSink sink) {
		this.sink = sink;
	}

	void read(Path file) throws IOException, SAXException, ParserConfigurationException {
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			Parts parts = new Parts(zip);
			String workbookPart = parts.relationships("/")
				.stream()
				.filter(r -> r.is("officeDocument"))
				.findFirst()
				.orElseThrow(() -> new SAXException("no officeDocument relationship"))
				.target();
			List<Relationship> workbookRelationships = parts.relationships(workbookPart);
			List<String> strings = new ArrayList<>();
			Optional<String> sharedStrings = first(workbookRelationships, "sharedStrings");
			if (sharedStrings.isPresent()) {
				parse(parts.open(sharedStrings.get()), new SharedStringsHandler(strings));
			}
			NumberFormats formats = new NumberFormats();
			Optional<String> styles = first(workbookRelationships, "styles");
			if (styles.isPresent()) {
				parse(parts.open(styles.get()), formats);
			}
			WorkbookHandler workbook = new WorkbookHandler();
			parse(parts.open(workbookPart), workbook);
			Map<String, String> targets = new HashMap<>();
			workbookRelationships.forEach(r -> targets.put(r.id(), r.target()));
			for (SheetEntry sheet : workbook.sheets) {
				String part = targets.get(sheet.relationId());
				if (part == null) {
					throw new SAXException("sheet " + sheet.name() + " has no part");
				}
				MergeHandler merges = new MergeHandler();
				parse(parts.open(part), merges);
				sink.sheet(sheet.name(), sheet.hidden());
				parse(parts.open(part), new SheetHandler(strings, formats, workbook.date1904, new MergedCells(merges.areas)));
			}
		}
	}

	private static Optional<String> first(List<Relationship> relationships, String type) {
		return relationships.stream().filter(r -> r.is(type)).map(Relationship::target).findFirst();
	}

	private static void parse(InputStream in, ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		try (in) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(in));
		}
	}

	/** The value of a relationship-id attribute ({@code r:id}) in either conformance class. */
	private static String relationshipId(Attributes attributes) {
		for (String namespace : RELATIONSHIP_NAMESPACES) {
			String value = attributes.getValue(namespace, "id");
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The zip's entries by part name (OPC part names are case-insensitive). */
	private static final class Parts {

		private final ZipFile zip;

		private final Map<String, ZipEntry> entries = new HashMap<>();

		Parts(ZipFile zip) {
			this.zip = zip;
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				entries.put(key("/" + entry.getName()), entry);
			}
		}

		InputStream open(String part) throws IOException, SAXException {
			ZipEntry entry = entries.get(key(part));
			if (entry == null) {
				throw new SAXException("missing part " + part);
			}
			return zip.getInputStream(entry);
		}

		/** The relationships of a part ("/" for the package's own), with absolute targets. */
		List<Relationship> relationships(String source) throws IOException, SAXException, ParserConfigurationException {
			int slash = source.lastIndexOf('/');
			String folder = source.substring(0, slash + 1);
			String relsPart = folder + "_rels/" + source.substring(slash + 1) + ".rels";
			if (!entries.containsKey(key(relsPart))) {
				return List.of();
			}
			List<Relationship> relationships = new ArrayList<>();
			parse(open(relsPart), new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes)
						throws SAXException {
					String target = attributes.getValue("Target");
					if ("Relationship".equals(localName) && target != null
							&& !"External".equalsIgnoreCase(attributes.getValue("TargetMode"))) {
						relationships.add(new Relationship(attributes.getValue("Id"),
								String.valueOf(attributes.getValue("Type")), resolve(source, target)));
					}
				}
			});
			return relationships;
		}

		private static String resolve(String source, String target) throws SAXException {
			try {
				URI base = new URI(null, null, source.equals("/") ? "/" : source, null);
				return base.resolve(new URI(target)).normalize().getPath();
			}
			catch (URISyntaxException | IllegalArgumentException ex) {
				throw new SAXException("bad relationship target " + target, ex);
			}
		}

		private static String key(String part) {
			return part.toLowerCase(Locale.ROOT);
		}

	}

	private record Relationship(String id, String type, String target) {

		/** Whether the type is {@code name} in the Transitional or the Strict relationship namespace. */
		boolean is(String name) {
			return RELATIONSHIP_NAMESPACES.stream().anyMatch(ns -> type.equals(ns + "/" + name));
		}

	}

	private record SheetEntry(String name, String relationId, boolean hidden) {
	}

	private static final class WorkbookHandler extends DefaultHandler {

		private final List<SheetEntry> sheets = new ArrayList<>();

		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("workbookPr".equals(localName)) {
				String value = attributes.getValue("date1904");
				date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
			}
			else if ("sheet".equals(localName)) {
				String state = attributes.getValue("state");
				sheets.add(new SheetEntry(attributes.getValue("name"), relationshipId(attributes),
						"hidden".equals(state) || "veryHidden".equals(state)));
			}
		}

	}

	/** The shared string table: each item's text runs, without its phonetic (ruby) runs. */
	private static final class SharedStringsHandler extends DefaultHandler {

		private final List<String> strings;

		private final StringBuilder text = new StringBuilder();

		private boolean inText;

		private boolean inPhonetic;

		SharedStringsHandler(List<String> strings) {
			this.strings = strings;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> text.setLength(0);
				case "t" -> inText = true;
				case "rPh" -> inPhonetic = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText && !inPhonetic) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "si" -> strings.add(unescape(text.toString()));
				case "t" -> inText = false;
				case "rPh" -> inPhonetic = false;
				default -> {
				}
			}
		}

		/** Excel writes characters XML cannot hold as {@code _xHHHH_}. */
		private static String unescape(String value) {
			if (value.indexOf("_x") < 0) {
				return value;
			}
			Matcher matcher = ESCAPED.matcher(value);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(out,
						Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
			}
			matcher.appendTail(out);
			return out.toString();
		}

	}

	/** The styles part's custom number formats and each cell format's number format id. */
	private static final class NumberFormats extends DefaultHandler {

		private final Map<Integer, String> custom = new HashMap<>();

		private final List<Integer> cellFormats = new ArrayList<>();

		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		private boolean inCellFormats;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "numFmt" -> {
					Integer id = integer(attributes.getValue("numFmtId"));
					if (id != null && attributes.getValue("formatCode") != null) {
						custom.put(id, attributes.getValue("formatCode"));
					}
				}
				case "cellXfs" -> inCellFormats = true;
				case "xf" -> {
					if (inCellFormats) {
						Integer id = integer(attributes.getValue("numFmtId"));
						cellFormats.add(id == null ? 0 : id);
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if ("cellXfs".equals(localName)) {
				inCellFormats = false;
			}
		}

		boolean isDate(int style) {
			return dateStyles.computeIfAbsent(style, s -> {
				if (s < 0 || s >= cellFormats.size()) {
					return false;
				}
				int id = cellFormats.get(s);
				String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
				return CellValues.isDateFormat(id, format);
			});
		}

		private static Integer integer(String value) {
			try {
				return value == null ? null : Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	private static final class MergeHandler extends DefaultHandler {

		private final List<CellRangeAddress> areas = new ArrayList<>();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
				areas.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
			}
		}

	}

	private final class SheetHandler extends DefaultHandler {

		private final List<String> strings;

		private final NumberFormats formats;

		private final boolean date1904;

		private final MergedCells merged;

		private final StringBuilder text = new StringBuilder();

		private List<String> cells;

		private int rowNumber;

		private int column;

		private String type;

		private int style;

		private boolean inValue;

		private boolean inInlineText;

		private boolean inPhonetic;

		SheetHandler(List<String> strings, NumberFormats formats, boolean date1904, MergedCells merged) {
			this.strings = strings;
			this.formats = formats;
			this.date1904 = date1904;
			this.merged = merged;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
					cells = new ArrayList<>();
					column = -1;
				}
				case "c" -> {
					String reference = attributes.getValue("r");
					int parsed = reference != null ? columnOf(reference) : -1;
					column = parsed >= 0 ? parsed : column + 1;
					type = attributes.getValue("t");
					String s = attributes.getValue("s");
					style = s != null ? Integer.parseInt(s) : 0;
					text.setLength(0);
				}
				case "v" -> inValue = true;
				case "t" -> inInlineText = true;
				case "rPh" -> inPhonetic = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue || inInlineText && !inPhonetic) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v" -> inValue = false;
				case "t" -> inInlineText = false;
				case "rPh" -> inPhonetic = false;
				case "c" -> cell();
				case "row" -> {
					merged.blankCovered(rowNumber - 1, cells);
					sink.row(rowNumber, cells);
				}
				default -> {
				}
			}
		}

		private void cell() {
			String value = value();
			if (value.isEmpty()) {
				return;
			}
			sink.checkColumn(rowNumber, column);
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value);
		}

		private String value() {
			String raw = text.toString();
			if (raw.isEmpty()) {
				return "";
			}
			if (type == null || "n".equals(type)) {
				return formats.isDate(style) ? CellValues.date(Double.parseDouble(raw), date1904) : CellValues.number(raw);
			}
			return switch (type) {
				case "s" -> sharedString(raw);
				case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
				case "d" -> CellValues.isoDate(raw);
				default -> raw; // inlineStr, str (formula text result), e (error value such as #REF!)
			};
		}

		private String sharedString(String raw) {
			int index = Integer.parseInt(raw.strip());
			if (index < 0 || index >= strings.size()) {
				throw new IllegalArgumentException("shared string " + index + " out of range");
			}
			return strings.get(index);
		}

	}

	/** "AB12" → 27. */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			if (column > 1_000_000) {
				break;
			}
		}
		return column - 1;
	}

}
