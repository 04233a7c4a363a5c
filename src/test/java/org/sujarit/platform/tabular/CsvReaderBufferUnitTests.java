package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CSV reader reads through a 64 K character buffer and takes runs of ordinary characters at once:
 * quotes, doubled quotes, CR LF pairs and cells must come out the same wherever the buffer's edges fall.
 */
class CsvReaderBufferUnitTests {

	@Test
	void theUtf8CheckOnBytesAgreesWithTheStrictDecoder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws java.io.IOException {
		java.util.Random random = new java.util.Random(2569);
		byte[] thai = "ก๑ข๒ ภาษาไทย 😀 é".getBytes(StandardCharsets.UTF_8);
		for (int round = 0; round < 3000; round++) {
			int length = round < 100 ? round : 1 + random.nextInt(round % 3 == 0 ? 200_000 : 300);
			byte[] bytes = new byte[length];
			for (int i = 0; i < length; i++) {
				bytes[i] = random.nextInt(10) < 8 ? thai[(i + round) % thai.length] : (byte) random.nextInt(256);
			}
			if (round % 2 == 0 && length > 0) {
				// mostly valid text with an occasional flipped byte
				byte[] valid = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
				bytes = java.util.Arrays.copyOf(valid, Math.min(valid.length, length));
				if (round % 4 == 0 && bytes.length > 0) {
					bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
				}
			}
			java.nio.file.Path file = dir.resolve("f" + round);
			java.nio.file.Files.write(file, bytes);
			boolean decodes;
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes));
				decodes = true;
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				decodes = false;
			}
			assertThat(CsvReader.utf8(file)).as("round " + round).isEqualTo(decodes);
			java.nio.file.Files.delete(file);
		}
	}

	@Test
	void recordsStraddlingTheBufferEdgesReadTheSame() {
		for (int shift = 0; shift < 7; shift++) {
			StringBuilder csv = new StringBuilder();
			List<List<String>> expected = new ArrayList<>();
			int n = 0;
			while (csv.length() < 3 * 64 * 1024) {
				String plain = "แผนงาน" + "x".repeat((n * 7 + shift) % 23);
				String quoted = "ก\"\"ข,\r\nค" + n;
				csv.append(n).append(',').append(plain).append(",\"").append(quoted).append("\",\"\"\r\n");
				expected.add(List.of(String.valueOf(n), plain, "ก\"ข,\r\nค" + n));
				n++;
			}
			List<List<String>> read = new ArrayList<>();
			new TabularReader(TabularProperties.defaults()).read(
					new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "t.csv",
					row -> read.add(row.cells()));
			assertThat(read).as("shift " + shift).isEqualTo(expected);
		}
	}

}
