package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.platform.files.TextContent;
import org.sujarit.platform.web.DomainException;

/**
 * Reads CSV/TSV text as people in Thai agencies save it. The encoding is decided before parsing: a
 * byte-order mark (UTF-8, UTF-16 LE/BE) wins; otherwise the whole file must be valid UTF-8, or else
 * valid Windows-874 (TIS-620 plus Microsoft's additions, what Thai Excel writes as "CSV"); anything
 * else is refused. The separator is the most frequent of comma, tab and semicolon on the first line
 * (tab for .tsv). Fields follow RFC 4180: quotes around fields, doubled quotes inside, line breaks
 * inside quoted fields; a quote still open at the end of the file is refused.
 */
final class CsvReader {

	private static final Charset WINDOWS_874 = TextContent.WINDOWS_874;

	private static final int SNIFF_CHARS = 64 * 1024;

	private static final char[] SEPARATORS = { ',', '\t', ';' };

	private final RowSink sink;

	private final TabularProperties limits;

	CsvReader(RowSink sink, TabularProperties limits) {
		this.sink = sink;
		this.limits = limits;
	}

	void read(Path file, String sheetName, boolean tabSeparated) throws IOException {
		Encoding encoding = encoding(file);
		char separator = tabSeparated ? '\t' : separator(file, encoding);
		sink.format(encoding.format());
		try (Reader reader = open(file, encoding)) {
			read(reader, sheetName, separator);
		}
	}

	/** Reads text that is already decoded, such as a bundled resource (see {@link BundledCsv}). */
	void read(Reader text, String sheetName, char separator) throws IOException {
		sink.sheet(sheetName, false);
		try (Reader reader = text) {
			parse(new Chars(reader), separator);
		}
		catch (CharacterCodingException ex) {
			throw DomainException.invalid("platform.tabular.encoding");
		}
	}

	record Encoding(Charset charset, int skip) {

		TabularFormat format() {
			if (charset.equals(WINDOWS_874)) {
				return TabularFormat.CSV_WINDOWS_874;
			}
			return charset.equals(StandardCharsets.UTF_8) ? TabularFormat.CSV_UTF8 : TabularFormat.CSV_UTF16;
		}

	}

	/** The file's encoding, per the class comment. */
	static Encoding encoding(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		if (utf8(file)) {
			return new Encoding(StandardCharsets.UTF_8, 0);
		}
		if (decodes(file, WINDOWS_874)) {
			return new Encoding(WINDOWS_874, 0);
		}
		throw DomainException.invalid("platform.tabular.encoding");
	}

	/**
	 * Whether the whole file is well-formed UTF-8 (no overlong forms, surrogates or code points past
	 * U+10FFFF), checked on the bytes: several times faster than decoding them, which matters for large files.
	 */
	static boolean utf8(Path file) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		int pending = 0;
		try (InputStream stream = Files.newInputStream(file)) {
			int read;
			while ((read = stream.read(buffer, pending, buffer.length - pending)) != -1 || pending > 0) {
				int length = pending + Math.max(read, 0);
				boolean end = read == -1;
				int i = 0;
				while (i < length) {
					int b = buffer[i];
					if (b >= 0) {
						i++;
						continue;
					}
					int lead = b & 0xFF;
					int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
					if (size == 0 || lead > 0xF4) {
						return false;
					}
					if (i + size > length) {
						if (end) {
							return false;
						}
						break;
					}
					int second = buffer[i + 1] & 0xFF;
					int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
					int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
					if (second < low || second > high) {
						return false;
					}
					for (int k = 2; k < size; k++) {
						if ((buffer[i + k] & 0xC0) != 0x80) {
							return false;
						}
					}
					i += size;
				}
				pending = length - i;
				System.arraycopy(buffer, i, buffer, 0, pending);
				if (end) {
					return pending == 0;
				}
			}
		}
		return true;
	}

	/** Whether the whole file decodes in {@code charset} without a single malformed or unmappable byte. */
	private static boolean decodes(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = strict(charset);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				if (read < 0) {
					end = true;
				}
				else {
					in.position(in.position() + read);
				}
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				if (result.isError()) {
					return false;
				}
				out.clear();
				in.compact();
			}
			CoderResult flushed = decoder.flush(out);
			return !flushed.isError();
		}
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static Reader open(Path file, Encoding encoding) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(encoding.skip());
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		return new InputStreamReader(in, strict(encoding.charset()));
	}

	/** The most frequent separator outside quotes on the first line; comma when tied or absent. */
	private static char separator(Path file, Encoding encoding) throws IOException {
		int[] counts = new int[SEPARATORS.length];
		try (Reader reader = open(file, encoding)) {
			char[] buffer = new char[SNIFF_CHARS];
			int length = reader.read(buffer);
			boolean quoted = false;
			for (int i = 0; i < length; i++) {
				char c = buffer[i];
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					break;
				}
				else if (!quoted) {
					for (int s = 0; s < SEPARATORS.length; s++) {
						if (c == SEPARATORS[s]) {
							counts[s]++;
						}
					}
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw DomainException.invalid("platform.tabular.encoding");
		}
		int best = 0;
		for (int s = 1; s < SEPARATORS.length; s++) {
			if (counts[s] > counts[best]) {
				best = s;
			}
		}
		return SEPARATORS[best];
	}

	/**
	 * The characters of the text through a buffer of its own (a {@code PushbackReader} costs a lock per
	 * character), with one character of push-back, and runs of ordinary characters handed out at once.
	 */
	private static final class Chars {

		private final Reader reader;

		private final char[] buffer = new char[64 * 1024];

		private int position;

		private int limit;

		Chars(Reader reader) {
			this.reader = reader;
		}

		int read() throws IOException {
			if (position == limit && !fill()) {
				return -1;
			}
			return buffer[position++];
		}

		/** Gives back the character just read. */
		void unread() {
			position--;
		}

		private boolean fill() throws IOException {
			int read;
			do {
				read = reader.read(buffer, 0, buffer.length);
			}
			while (read == 0);
			if (read < 0) {
				return false;
			}
			position = 0;
			limit = read;
			return true;
		}

		/**
		 * The length of the run of characters from the current one that need no decision: not the separator,
		 * not a quote, not a control character. The run is consumed by {@link #take}.
		 */
		int run(char separator) {
			int end = position;
			while (end < limit) {
				char c = buffer[end];
				if (c == separator || c == '"' || c < 0x20) {
					break;
				}
				end++;
			}
			return end - position;
		}

		/** The run inside quotes: up to the next quote (or NUL, which is never text). */
		int quotedRun() {
			int end = position;
			while (end < limit && buffer[end] != '"' && buffer[end] != 0) {
				end++;
			}
			return end - position;
		}

		void take(StringBuilder field, int length) {
			field.append(buffer, position, length);
			position += length;
		}

	}

	private void parse(Chars reader, char separator) throws IOException {
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int number = 1;
		boolean quoted = false;
		boolean fieldWasQuoted = false;
		int c;
		while (true) {
			int run = quoted ? reader.quotedRun() : reader.run(separator);
			if (run > 0) {
				if (field.length() + run > limits.maxCellLength()) {
					throw DomainException.invalid("platform.tabular.cell-too-long", number, limits.maxCellLength());
				}
				reader.take(field, run);
			}
			if ((c = reader.read()) == -1) {
				break;
			}
			if (c == 0) {
				// NUL never occurs in text: UTF-16 without a byte-order mark, or a binary file
				throw DomainException.invalid("platform.tabular.encoding");
			}
			if (quoted) {
				if (c == '"') {
					int next = reader.read();
					if (next == '"') {
						append(field, '"', number);
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.unread();
						}
					}
				}
				else {
					append(field, (char) c, number);
				}
				continue;
			}
			if (c == separator) {
				endField(record, field, number);
				fieldWasQuoted = false;
			}
			else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
				quoted = true;
				fieldWasQuoted = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int next = reader.read();
					if (next != '\n' && next != -1) {
						reader.unread();
					}
				}
				endField(record, field, number);
				sink.row(number++, record);
				record = new ArrayList<>();
				fieldWasQuoted = false;
			}
			else if (c >= 0x20 || c == '\t') {
				append(field, (char) c, number);
			}
			// other control characters (such as the DOS end-of-file mark) are dropped
		}
		if (quoted) {
			throw DomainException.invalid("platform.tabular.csv-unclosed-quote", number);
		}
		if (!field.isEmpty() || !record.isEmpty() || fieldWasQuoted) {
			endField(record, field, number);
			sink.row(number, record);
		}
	}

	private void append(StringBuilder field, char c, int number) {
		if (field.length() >= limits.maxCellLength()) {
			throw DomainException.invalid("platform.tabular.cell-too-long", number, limits.maxCellLength());
		}
		field.append(c);
	}

	private void endField(List<String> record, StringBuilder field, int number) {
		sink.checkColumn(number, record.size());
		record.add(field.toString());
		field.setLength(0);
	}

}
