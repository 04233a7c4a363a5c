package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * RFC 4180 output: quoting only where needed, doubled quotes, CRLF, plain numbers, formula guard on text.
 */
class CsvWriterUnitTests {

	@Test
	void quotesOnlyFieldsThatNeedItAndEndsLinesWithCrlf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row("year", "name", "note").row(2024, "กรม, สำนัก", "เขา \"ว่า\"\nบรรทัดใหม่").row(null, "", "x");
		}
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("year,name,note\r\n2024,\"กรม, สำนัก\",\"เขา \"\"ว่า\"\"\nบรรทัดใหม่\"\r\n,,x\r\n");
	}

	@Test
	void numbersStayNumbersAndFormulasInTextAreDisarmed() {
		assertThat(CsvWriter.field(-2)).isEqualTo("-2");
		assertThat(CsvWriter.field(new BigDecimal("33.86380"))).isEqualTo("33.8638");
		assertThat(CsvWriter.field(new BigDecimal("1E+2"))).isEqualTo("100");
		assertThat(CsvWriter.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvWriter.field("-ดำเนินการ")).isEqualTo("'-ดำเนินการ");
		assertThat(CsvWriter.field(true)).isEqualTo("true");
	}

}
