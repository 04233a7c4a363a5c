package org.sujarit.directory.imports;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.RowHandler;
import org.sujarit.platform.tabular.TabularFormat;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Reads an uploaded agency file through the shared {@link TabularReader} (format decided by content,
 * zip-bomb, password and Strict OOXML checks, Thai encodings) and keeps the first sheet. The reader's
 * refusals are reported with the import's own messages; legacy .xls stays refused, as the import template
 * and its instructions name .xlsx and CSV only.
 */
final class ImportFileReader {

	private ImportFileReader() {
	}

	static Sheet read(TabularReader reader, byte[] content, long maxBytes, int maxRows) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("directory.import.file.empty");
		}
		if (content.length > maxBytes) {
			throw DomainException.invalid("directory.import.file.too-large", maxBytes / (1024 * 1024));
		}
		FirstSheet first = new FirstSheet(maxRows);
		try {
			// no file name: the content alone decides what the file is
			reader.read(new ByteArrayInputStream(content), null, first);
		}
		catch (DomainException ex) {
			throw translate(ex, maxBytes, maxRows);
		}
		return new Sheet(first.format, first.rows);
	}

	/** The import's message for a refusal of the shared reader; its own limits keep the platform message. */
	static DomainException translate(DomainException ex, long maxBytes, int maxRows) {
		String code = ex.code();
		if (!code.startsWith("platform.tabular.")) {
			return ex;
		}
		return switch (code.substring("platform.tabular.".length())) {
			case "empty" -> DomainException.invalid("directory.import.file.empty");
			case "too-large" -> DomainException.invalid("directory.import.file.too-large", maxBytes / (1024 * 1024));
			case "too-many-rows" -> DomainException.invalid("directory.import.file.too-many-rows", maxRows);
			case "encoding" -> DomainException.invalid("directory.import.file.unreadable");
			case "csv-unclosed-quote" -> DomainException.invalid("directory.import.file.csv-unclosed-quote", ex.arguments());
			case "encrypted" -> DomainException.invalid("directory.import.file.xlsx-encrypted");
			case "corrupt" -> DomainException.invalid("directory.import.file.xlsx-corrupt");
			case "strict-ooxml" -> DomainException.invalid("directory.import.file.xlsx-strict");
			case "zip-bomb" -> DomainException.invalid("directory.import.file.xlsx-too-expanded");
			case "old-excel" -> DomainException.invalid("directory.import.file.xls-legacy");
			case "unsupported" -> DomainException.invalid(unsupported(ex.arguments()));
			default -> ex;
		};
	}

	/**
	 * By what the reader detected: a Word or PowerPoint document, a zip that is no Office file (what a
	 * damaged workbook looks like), bytes that are not text, or another known kind of file.
	 */
	private static String unsupported(Object[] arguments) {
		String type = arguments.length == 0 ? "" : String.valueOf(arguments[0]).toLowerCase(Locale.ROOT);
		if (type.equals("application/zip")) {
			return "directory.import.file.xlsx-corrupt";
		}
		if (type.startsWith("application/vnd.openxmlformats-officedocument.") || type.equals("application/x-tika-msoffice")) {
			return "directory.import.file.not-spreadsheet";
		}
		if (type.equals("application/octet-stream")) {
			return "directory.import.file.unreadable";
		}
		return "directory.import.file.unsupported";
	}

	/** Keeps the rows of the first sheet, header included, refusing more than {@code maxRows} data rows. */
	private static final class FirstSheet implements RowHandler {

		private final int maxRows;

		private final List<SheetRow> rows = new ArrayList<>();

		private ImportFormat format;

		private int sheets;

		FirstSheet(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void format(TabularFormat detected) {
			format = switch (detected) {
				case XLSX -> ImportFormat.XLSX;
				case XLS -> throw DomainException.invalid("directory.import.file.xls-legacy");
				case CSV_UTF8 -> ImportFormat.CSV_UTF8;
				case CSV_UTF16 -> ImportFormat.CSV_UTF16;
				case CSV_WINDOWS_874 -> ImportFormat.CSV_WINDOWS_874;
			};
		}

		@Override
		public void sheet(String name, boolean hidden) {
			sheets++;
		}

		@Override
		public void row(Row row) {
			if (sheets > 1) {
				return;
			}
			rows.add(new SheetRow(row.number(), row.cells()));
			// the header plus maxRows data rows
			if (rows.size() > maxRows + 1) {
				throw DomainException.invalid("directory.import.file.too-many-rows", maxRows);
			}
		}

	}

}
