package org.sujarit.directory.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sujarit.platform.web.DomainException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table, deciding by content what it is: an XLSX workbook (a zip package whose main
 * part is a spreadsheet), a legacy or password-protected Office file (refused with a clear reason), or
 * CSV text. XLSX is streamed (first sheet only) under POI's zip-bomb limits.
 */
final class SpreadsheetReader {

	private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml");

	private static final String STRICT_CORE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

	static {
		// a compressed entry may expand at most 100 times, and no part beyond 100 MB
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(1000);
	}

	private SpreadsheetReader() {
	}

	static Sheet read(byte[] content, long maxBytes, int maxRows) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("directory.import.file.empty");
		}
		if (content.length > maxBytes) {
			throw DomainException.invalid("directory.import.file.too-large", maxBytes / (1024 * 1024));
		}
		FileMagic magic = magic(content);
		if (magic == FileMagic.OOXML) {
			return new Sheet(ImportFormat.XLSX, readXlsx(content, maxRows));
		}
		if (magic == FileMagic.OLE2) {
			throw DomainException.invalid(encrypted(content) ? "directory.import.file.xlsx-encrypted"
					: "directory.import.file.xls-legacy");
		}
		if (magic != FileMagic.UNKNOWN && magic != FileMagic.HTML && magic != FileMagic.XML) {
			throw DomainException.invalid("directory.import.file.unsupported");
		}
		TextDecoding.Decoded text = TextDecoding.decode(content);
		List<SheetRow> rows = CsvParser.parse(text.text(), maxRows);
		return new Sheet(text.format(), rows);
	}

	private static FileMagic magic(byte[] content) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
			return FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			return FileMagic.UNKNOWN;
		}
	}

	private static boolean encrypted(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY);
		}
		catch (IOException | RuntimeException ex) {
			throw DomainException.invalid("directory.import.file.xlsx-corrupt");
		}
	}

	private static List<SheetRow> readXlsx(byte[] content, int maxRows) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			checkWorkbook(pkg);
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw DomainException.invalid("directory.import.file.no-rows");
			}
			RowCollector rows = new RowCollector(maxRows);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
						new DataFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			return rows.rows;
		}
		catch (DomainException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw DomainException.invalid("directory.import.file.xlsx-encrypted");
		}
		catch (UnsupportedFileFormatException ex) {
			throw DomainException.invalid("directory.import.file.xlsx-corrupt");
		}
		catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | SAXException
				| ParserConfigurationException | IllegalStateException | IllegalArgumentException
				| UnsupportedOperationException | ClassCastException ex) {
			// POI reports zip bombs as IOException ("Zip bomb detected!"); no detail reaches the user
			throw DomainException.invalid(isZipBomb(ex) ? "directory.import.file.xlsx-too-expanded"
					: "directory.import.file.xlsx-corrupt");
		}
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max")
					|| message.contains("MAX_ENTRY_SIZE") || message.contains("max text size")
					|| message.contains("exceeded the maximum"))) {
				return true;
			}
		}
		return false;
	}

	/** The package's main part must be a workbook; Strict OOXML and other documents are refused. */
	private static void checkWorkbook(OPCPackage pkg) throws InvalidFormatException {
		PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (core.isEmpty()) {
			if (!pkg.getRelationshipsByType(STRICT_CORE_DOCUMENT).isEmpty()) {
				throw DomainException.invalid("directory.import.file.xlsx-strict");
			}
			throw DomainException.invalid("directory.import.file.not-spreadsheet");
		}
		PackagePart main = pkg.getPart(core.getRelationship(0));
		if (main == null || !WORKBOOK_CONTENT_TYPES.contains(main.getContentType())) {
			throw DomainException.invalid("directory.import.file.not-spreadsheet");
		}
	}

	/** Collects cell text by column, filling gaps left by empty cells. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<SheetRow> rows = new ArrayList<>();

		private final int maxRows;

		private List<String> cells;

		private int rowNumber;

		RowCollector(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			rowNumber = rowNum + 1;
			cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			SheetRow row = new SheetRow(rowNumber, List.copyOf(cells));
			if (!row.blank()) {
				rows.add(row);
				if (rows.size() > maxRows + 1) {
					throw DomainException.invalid("directory.import.file.too-many-rows", maxRows);
				}
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
			if (column > 200) {
				return;
			}
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}

	}

}
