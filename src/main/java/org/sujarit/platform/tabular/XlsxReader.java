package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an .xlsx with POI's event API: the workbook part for sheet names, visibility and the 1904 date
 * system, then each sheet's XML through SAX, twice — first for its merged areas (stored after the cells),
 * then for the cells. Only the shared strings and styles are held in memory, never a sheet.
 */
final class XlsxReader {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final RowSink sink;

	XlsxReader(RowSink sink) {
		this.sink = sink;
	}

	void read(Path file) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			WorkbookHandler workbook = new WorkbookHandler();
			try (InputStream in = reader.getWorkbookData()) {
				parse(in, workbook);
			}
			for (SheetEntry sheet : workbook.sheets) {
				MergeHandler merges = new MergeHandler();
				try (InputStream in = reader.getSheet(sheet.relationId())) {
					parse(in, merges);
				}
				sink.sheet(sheet.name(), sheet.hidden());
				try (InputStream in = reader.getSheet(sheet.relationId())) {
					parse(in, new SheetHandler(strings, styles, workbook.date1904, new MergedCells(merges.areas)));
				}
			}
		}
	}

	private static void parse(InputStream in, ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		parser.parse(new InputSource(in));
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
				sheets.add(new SheetEntry(attributes.getValue("name"), attributes.getValue(RELATIONSHIPS, "id"),
						"hidden".equals(state) || "veryHidden".equals(state)));
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

		private final SharedStrings strings;

		private final StylesTable styles;

		private final boolean date1904;

		private final MergedCells merged;

		private final Map<Integer, Boolean> dateStyles = new HashMap<>();

		private final StringBuilder text = new StringBuilder();

		private List<String> cells;

		private int rowNumber;

		private int column;

		private String type;

		private int style;

		private boolean inValue;

		private boolean inInlineText;

		private boolean inPhonetic;

		SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, MergedCells merged) {
			this.strings = strings;
			this.styles = styles;
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
				return isDateStyle(style) ? CellValues.date(Double.parseDouble(raw), date1904) : CellValues.number(raw);
			}
			return switch (type) {
				case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
				case "b" -> "1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE";
				case "d" -> CellValues.isoDate(raw);
				default -> raw; // inlineStr, str (formula text result), e (error value such as #REF!)
			};
		}

		private boolean isDateStyle(int index) {
			return dateStyles.computeIfAbsent(index, i -> {
				if (styles == null || i >= styles.getNumCellStyles()) {
					return false;
				}
				XSSFCellStyle cellStyle = styles.getStyleAt(i);
				return cellStyle != null
						&& CellValues.isDateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			});
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
