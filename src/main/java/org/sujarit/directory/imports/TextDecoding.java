package org.sujarit.directory.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sujarit.platform.web.DomainException;

/**
 * Works out how a CSV file's text is encoded: UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or the Thai legacy encoding TIS-620 as extended by Windows code page 874 (what Thai
 * Excel saves as "CSV"). Anything else is refused rather than guessed.
 */
final class TextDecoding {

	static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

	private TextDecoding() {
	}

	record Decoded(String text, ImportFormat format) {
	}

	static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return checked(strict(bytes, 3, StandardCharsets.UTF_8), ImportFormat.CSV_UTF8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), ImportFormat.CSV_UTF16);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), ImportFormat.CSV_UTF16);
		}
		String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return checked(utf8, ImportFormat.CSV_UTF8);
		}
		return checked(strict(bytes, 0, WINDOWS_874), ImportFormat.CSV_WINDOWS_874);
	}

	private static Decoded checked(String text, ImportFormat format) {
		if (text == null || looksBinary(text)) {
			throw DomainException.invalid("directory.import.file.unreadable");
		}
		return new Decoded(text, format);
	}

	/** Control characters other than tab and line breaks do not occur in a real CSV file. */
	private static boolean looksBinary(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
