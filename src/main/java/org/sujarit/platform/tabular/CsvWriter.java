package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: UTF-8 (no byte-order mark), CRLF line ends, a field quoted when it holds a
 * comma, quote, CR or LF, quotes doubled. Numbers are written plainly ({@code 34}, {@code 0.64918}); a text
 * field a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe.
 */
public final class CsvWriter implements AutoCloseable {

	private final Writer out;

	public CsvWriter(OutputStream out) {
		this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
	}

	public CsvWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvWriter row(List<?> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(cells.get(i)));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	public void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Flushes without closing the underlying stream (the servlet container owns it). */
	@Override
	public void close() {
		flush();
	}

}
