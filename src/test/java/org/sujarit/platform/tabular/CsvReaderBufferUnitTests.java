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
