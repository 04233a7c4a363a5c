package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.web.DomainException;

class CsvParserUnitTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<SheetRow> rows = CsvParser.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\r\n", 10);
		assertThat(rows).extracting(SheetRow::cells)
			.containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("last", "", ""));
		assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
	}

	@Test
	void acceptsLfOnlyAndAMissingFinalLineBreak() {
		assertThat(CsvParser.parse("a,b\nc,d", 10)).extracting(SheetRow::cells)
			.containsExactly(List.of("a", "b"), List.of("c", "d"));
	}

	@Test
	void usesSemicolonsOrTabsWhenTheHeaderHasNoComma() {
		assertThat(CsvParser.parse("a;b\n1;2\n", 10).get(1).cells()).containsExactly("1", "2");
		assertThat(CsvParser.parse("a\tb\n1\t2\n", 10).get(1).cells()).containsExactly("1", "2");
	}

	@Test
	void refusesAnUnclosedQuoteAndTooManyRows() {
		assertThatThrownBy(() -> CsvParser.parse("a\n\"open\n", 10)).isInstanceOf(DomainException.class)
			.hasMessageContaining("directory.import.file.csv-unclosed-quote");
		assertThatThrownBy(() -> CsvParser.parse("h\n1\n2\n3\n", 2)).isInstanceOf(DomainException.class)
			.hasMessageContaining("directory.import.file.too-many-rows");
	}

	@Test
	void recordsDropsTheByteOrderMarkAndBlankLines() {
		assertThat(CsvParser.records("\uFEFFa,b\n\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
	}

}
