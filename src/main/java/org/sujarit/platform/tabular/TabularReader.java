package org.sujarit.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Service;
import org.sujarit.platform.files.FileNames;
import org.sujarit.platform.files.OfficeZip;
import org.sujarit.platform.files.TextContent;
import org.sujarit.platform.web.DomainException;
import org.xml.sax.SAXException;

/**
 * Reads tables people upload — .xlsx, legacy .xls, CSV/TSV — into rows of text, deciding the format from
 * the content, never the name. Workbooks are checked before they are opened (zip bombs, password
 * protection) and .xlsx — Transitional or Strict OOXML — is streamed, so a large workbook costs memory
 * only for the rows the caller keeps. Values come out as the user meant them rather than as displayed: numbers as plain
 * decimals, dates as ISO dates, formulas as their last calculated value, errors as their error text
 * ({@link Row#hasErrorCell()}), merged areas in their top-left cell only. See
 * {@code docs/design/files-and-tabular.md}.
 */
@Service
public class TabularReader {

	private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

	private static final String SPREADSHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

	private static final String MACRO_SPREADSHEET_MAIN = "application/vnd.ms-excel.sheet.macroenabled.main+xml";

	private final TabularProperties properties;

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	public TabularReader(TabularProperties properties) {
		this.properties = properties;
	}

	/**
	 * Every sheet with its non-blank rows.
	 * @param originalName the uploaded file's name: names a CSV's single sheet and marks .tsv
	 * @throws DomainException {@code platform.tabular.*} when the file cannot be read as a table
	 */
	public List<Sheet> read(InputStream content, String originalName) {
		return readSheets(content, originalName, format -> {
		});
	}

	/**
	 * Every sheet with its non-blank rows, once {@code formatCheck} has accepted the detected format (it
	 * throws to refuse, e.g. a reader that only takes .xlsx).
	 */
	public List<Sheet> readSheets(InputStream content, String originalName, Consumer<TabularFormat> formatCheck) {
		SheetCollector collector = new SheetCollector(formatCheck);
		read(content, originalName, collector);
		return collector.sheets();
	}

	/**
	 * Streams the rows to {@code handler} instead of collecting them: for large workbooks.
	 * @throws DomainException {@code platform.tabular.*} when the file cannot be read as a table;
	 * exceptions thrown by {@code handler} reach the caller unchanged
	 */
	public void read(InputStream content, String originalName, RowHandler handler) {
		RowSink sink = new RowSink(handler, properties);
		Path file = null;
		try {
			file = receive(content);
			dispatch(file, originalName, sink);
		}
		catch (RowSink.HandlerFailure failure) {
			throw failure.original();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private void dispatch(Path file, String originalName, RowSink sink) throws IOException {
		MediaType type;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			type = mimeTypes.detect(in, new Metadata());
		}
		var registry = mimeTypes.getMediaTypeRegistry();
		if (registry.isInstanceOf(type, MediaType.APPLICATION_ZIP) || "x-tika-ooxml".equals(type.getSubtype())) {
			xlsx(file, sink);
		}
		else if (registry.isInstanceOf(type, OLE2)) {
			xls(file, sink);
		}
		else if (registry.isInstanceOf(type, MediaType.TEXT_PLAIN) && !markup(type)
				|| MediaType.OCTET_STREAM.equals(type) && (TextContent.looksLikeText(file) || namedAsText(originalName))) {
			// a file named .csv that is not text in any encoding we read gets the encoding message
			new CsvReader(sink, properties).read(file, sheetName(originalName), "tsv".equals(extension(originalName)));
		}
		else {
			throw DomainException.invalid("platform.tabular.unsupported", type.getBaseType().toString());
		}
	}

	private void xlsx(Path file, RowSink sink) throws IOException {
		OfficeZip zip;
		try {
			zip = OfficeZip.scan(file, new OfficeZip.Limits(properties.zipMaxEntries(),
					properties.zipMaxUncompressed().toBytes(), properties.zipMaxRatio()));
		}
		catch (OfficeZip.TooExpansiveException ex) {
			throw DomainException.invalid("platform.tabular.zip-bomb");
		}
		catch (ZipException ex) {
			throw DomainException.invalid("platform.tabular.corrupt");
		}
		if (zip.odf()) {
			throw DomainException.invalid("platform.tabular.unsupported", zip.mainContentType().orElse("ODF"));
		}
		if (!zip.ooxml()) {
			throw DomainException.invalid("platform.tabular.unsupported", "application/zip");
		}
		String main = zip.mainContentType().map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
		if (!main.startsWith(SPREADSHEET_MAIN) && !main.equals(MACRO_SPREADSHEET_MAIN)) {
			throw DomainException.invalid("platform.tabular.unsupported", main.isEmpty() ? "application/zip" : main);
		}
		sink.format(TabularFormat.XLSX);
		try {
			new XlsxReader(sink).read(file);
		}
		catch (SAXException | ParserConfigurationException | IOException ex) {
			throw unwrapOr(ex, "platform.tabular.corrupt");
		}
		catch (RuntimeException ex) {
			throw unwrapOr(ex, "platform.tabular.corrupt");
		}
	}

	private void xls(Path file, RowSink sink) {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw DomainException.invalid("platform.tabular.encrypted");
			}
			if (root.hasEntryCaseInsensitive("Book") && !root.hasEntryCaseInsensitive("Workbook")) {
				throw DomainException.invalid("platform.tabular.old-excel");
			}
			if (!root.hasEntryCaseInsensitive("Workbook")) {
				throw DomainException.invalid("platform.tabular.unsupported", "application/x-tika-msoffice");
			}
			sink.format(TabularFormat.XLS);
			new XlsReader(sink).read(root);
		}
		catch (EncryptedDocumentException ex) {
			throw DomainException.invalid("platform.tabular.encrypted");
		}
		catch (OldExcelFormatException ex) {
			throw DomainException.invalid("platform.tabular.old-excel");
		}
		catch (IOException ex) {
			throw unwrapOr(ex, "platform.tabular.corrupt");
		}
		catch (RuntimeException ex) {
			throw unwrapOr(ex, "platform.tabular.corrupt");
		}
	}

	/**
	 * Our own refusals and the handler's failures pass through POI and SAX unchanged or wrapped; anything
	 * else means the file is broken.
	 */
	private static RuntimeException unwrapOr(Exception ex, String code) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DomainException domain) {
				return domain;
			}
			if (cause instanceof RowSink.HandlerFailure failure) {
				return failure;
			}
			if (cause instanceof EncryptedDocumentException) {
				return DomainException.invalid("platform.tabular.encrypted");
			}
		}
		return DomainException.invalid(code);
	}

	/** Gathers streamed rows into sheets for {@link #read(InputStream, String)}. */
	private static final class SheetCollector implements RowHandler {

		private final Consumer<TabularFormat> formatCheck;

		private final List<Sheet> sheets = new ArrayList<>();

		private String name;

		private boolean hidden;

		private List<Row> rows;

		SheetCollector(Consumer<TabularFormat> formatCheck) {
			this.formatCheck = formatCheck;
		}

		@Override
		public void format(TabularFormat format) {
			formatCheck.accept(format);
		}

		@Override
		public void sheet(String sheetName, boolean sheetHidden) {
			finish();
			name = sheetName;
			hidden = sheetHidden;
			rows = new ArrayList<>();
		}

		@Override
		public void row(Row row) {
			rows.add(row);
		}

		List<Sheet> sheets() {
			finish();
			return List.copyOf(sheets);
		}

		private void finish() {
			if (rows != null) {
				sheets.add(new Sheet(name, rows, hidden));
				rows = null;
			}
		}

	}

	private static boolean markup(MediaType type) {
		String subtype = type.getSubtype();
		return subtype.contains("html") || subtype.contains("xml");
	}

	/** Copies the upload to a private temporary file, refusing it past the size limit. */
	private Path receive(InputStream content) throws IOException {
		Path file = Files.createTempFile("sujarit-tabular-", ".part");
		long limit = properties.maxSize().toBytes();
		long size = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit) {
					throw DomainException.invalid("platform.tabular.too-large", properties.maxSize().toMegabytes());
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		if (size == 0 || onlyByteOrderMark(file, size)) {
			Files.deleteIfExists(file);
			throw DomainException.invalid("platform.tabular.empty");
		}
		return file;
	}

	private static boolean onlyByteOrderMark(Path file, long size) throws IOException {
		if (size > 3) {
			return false;
		}
		byte[] bytes = Files.readAllBytes(file);
		int first = bytes[0] & 0xFF;
		return size == 3 && first == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
				|| size == 2 && (first == 0xFF && (bytes[1] & 0xFF) == 0xFE || first == 0xFE && (bytes[1] & 0xFF) == 0xFF);
	}

	private static String sheetName(String originalName) {
		if (originalName == null || originalName.isBlank()) {
			return "";
		}
		try {
			return FileNames.base(FileNames.clean(originalName));
		}
		catch (DomainException ex) {
			return "";
		}
	}

	private static boolean namedAsText(String originalName) {
		return Set.of("csv", "tsv", "txt").contains(extension(originalName));
	}

	private static String extension(String originalName) {
		if (originalName == null) {
			return "";
		}
		try {
			return FileNames.extension(FileNames.clean(originalName));
		}
		catch (DomainException ex) {
			return "";
		}
	}

}
