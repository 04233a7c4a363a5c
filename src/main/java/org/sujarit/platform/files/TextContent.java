package org.sujarit.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells text from binary where Tika cannot: Tika's statistics call mostly-Thai TIS-620/Windows-874 text
 * "application/octet-stream". Text here has no NUL bytes (unless it starts with a UTF-16 byte-order
 * mark), almost no control characters, and its first bytes decode as UTF-8 or Windows-874.
 */
public final class TextContent {

	/** Windows-874: TIS-620 plus Microsoft's additions, what Thai Windows saves "ANSI" text as. */
	public static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

	private static final int SAMPLE = 8192;

	private TextContent() {
	}

	public static boolean looksLikeText(Path file) throws IOException {
		byte[] sample;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(SAMPLE);
		}
		if (sample.length == 0) {
			return false;
		}
		if (sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
				|| (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)) {
			return true;
		}
		int control = 0;
		for (byte b : sample) {
			int c = b & 0xFF;
			if (c == 0) {
				return false;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B) {
				control++;
			}
		}
		if (control * 100 > sample.length) {
			return false;
		}
		return decodes(sample, StandardCharsets.UTF_8) || decodes(sample, WINDOWS_874);
	}

	/** Whether the sample decodes, allowing a character cut off at its end. */
	private static boolean decodes(byte[] sample, Charset charset) {
		CharBuffer out = CharBuffer.allocate(sample.length + 1);
		return !charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(sample), out, false)
			.isError();
	}

}
