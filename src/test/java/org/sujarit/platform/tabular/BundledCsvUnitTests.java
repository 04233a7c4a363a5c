package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.web.DomainException;

class BundledCsvUnitTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		String text = "\uFEFFcode,title_th,progress_th\r\nA65-001,\"ระบบ EEC OSS, Digital Platform\",\"บรรทัด ๑\r\nบรรทัด \"\"๒\"\"\"\r\nA65-002,,\r\n";
		List<BundledCsv.Row> rows = BundledCsv.parse(text);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).get("code")).isEqualTo("A65-001");
		assertThat(rows.get(0).get("title_th")).isEqualTo("ระบบ EEC OSS, Digital Platform");
		assertThat(rows.get(0).get("progress_th")).isEqualTo("บรรทัด ๑\r\nบรรทัด \"๒\"");
		assertThat(rows.get(1).orNull("title_th")).isNull();
		assertThat(rows.get(1).get("missing")).isEmpty();
		assertThat(rows).extracting(BundledCsv.Row::line).containsExactly(2, 3);
	}

	@Test
	void dropsTheByteOrderMarkAndBlankLinesAndPadsShortRecords() {
		List<BundledCsv.Row> rows = BundledCsv.parse("\uFEFFa,b\n\n1\n");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).values()).containsExactly(java.util.Map.entry("a", "1"), java.util.Map.entry("b", ""));
	}

	@Test
	void acceptsLfOnlyAndAMissingFinalLineBreak() {
		assertThat(BundledCsv.parse("a,b\nc,d")).extracting(row -> row.values().values().stream().toList())
			.containsExactly(List.of("c", "d"));
	}

	@Test
	void keepsThaiDigitsAndValuesAsWritten() {
		BundledCsv.Row row = BundledCsv.parse("code,amount\n ๑๒ ,\"๑,๒๓๔.๕๐\"\n").get(0);
		assertThat(row.values().get("code")).isEqualTo(" ๑๒ ");
		assertThat(row.get("code")).isEqualTo("๑๒");
		assertThat(ThaiNumberParser.parse(row.get("amount"))).contains(new java.math.BigDecimal("1234.50"));
	}

	@Test
	void refusesAnUnclosedQuote() {
		assertThatThrownBy(() -> BundledCsv.parse("a\n\"open\n")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.tabular.csv-unclosed-quote"));
	}

	@Test
	void readsTheBundledFiles() {
		assertThat(BundledCsv.read("demo/activities.csv")).hasSize(119);
		assertThat(BundledCsv.read("demo/recommendation-items.csv")).hasSize(97);
		assertThat(BundledCsv.read("planning/cpi-sources-thailand.csv")).hasSize(9);
		assertThat(BundledCsv.read("planning/cpi-working-groups.csv")).hasSize(4);
	}

}
