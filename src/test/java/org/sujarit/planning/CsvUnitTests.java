package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvUnitTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
		String text = "\uFEFFcode,title_th,progress_th\r\nA65-001,\"ระบบ EEC OSS, Digital Platform\",\"บรรทัด ๑\r\nบรรทัด \"\"๒\"\"\"\r\nA65-002,,\r\n";
		List<Csv.Row> rows = Csv.read(new StringReader(text));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("code")).isEqualTo("A65-001");
		assertThat(rows.get(0).get("title_th")).isEqualTo("ระบบ EEC OSS, Digital Platform");
		assertThat(rows.get(0).get("progress_th")).isEqualTo("บรรทัด ๑\r\nบรรทัด \"๒\"");
		assertThat(rows.get(1).orNull("title_th")).isNull();
		assertThat(rows.get(1).get("missing")).isEmpty();
	}

	@Test
	void readsTheBundledFiles() {
		assertThat(Csv.classpath("demo/activities.csv")).hasSize(119);
		assertThat(Csv.classpath("demo/recommendation-items.csv")).hasSize(97);
		assertThat(Csv.classpath(ReferenceData.CPI_SOURCES)).hasSize(9);
		assertThat(Csv.classpath(ReferenceData.WORKING_GROUPS)).hasSize(4);
	}

}
