package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

class ImportFileReaderUnitTests {

	static final String THAI = "code,name_th\r\nX,องค์การบริหารส่วนตำบลบางด้วน\r\n";

	private final TabularReader reader = new TabularReader(TabularProperties.defaults());

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() {
		assertThat(read(THAI.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Sheet(ImportFormat.CSV_UTF8,
				List.of(new SheetRow(1, List.of("code", "name_th")), new SheetRow(2, List.of("X", "องค์การบริหารส่วนตำบลบางด้วน")))));
		assertThat(read(("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_8)).rows().get(0).cells())
			.containsExactly("code", "name_th");
	}

	@Test
	void readsTis620AndWindows874AndSaysSo() {
		Sheet sheet = read(THAI.getBytes(Charset.forName("TIS-620")));
		assertThat(sheet.format()).isEqualTo(ImportFormat.CSV_WINDOWS_874);
		assertThat(sheet.rows().get(1).cells()).containsExactly("X", "องค์การบริหารส่วนตำบลบางด้วน");
		String smartQuotes = "name\r\n“คำพูด”\r\n";
		assertThat(read(smartQuotes.getBytes(Charset.forName("x-windows-874"))).rows().get(1).cells())
			.containsExactly("“คำพูด”");
	}

	@Test
	void readsUtf16WithByteOrderMark() {
		Sheet sheet = read(("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_16LE));
		assertThat(sheet.format()).isEqualTo(ImportFormat.CSV_UTF16);
		assertThat(sheet.rows()).hasSize(2);
	}

	@Test
	void refusesBinaryContentAndUnclosedQuotesWithTheImportsMessages() {
		assertRefused(new byte[] { 'a', 0, 'b' }, "directory.import.file.unreadable");
		// bytes no Thai encoding defines
		assertRefused(new byte[] { (byte) 0xFC, (byte) 0xFD, (byte) 0xFE }, "directory.import.file.unreadable");
		assertRefused("a\n\"open\n".getBytes(StandardCharsets.UTF_8), "directory.import.file.csv-unclosed-quote");
		assertRefused(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, "directory.import.file.empty");
	}

	@Test
	void refusesMoreDataRowsThanTheLimit() {
		assertThat(ImportFileReader.read(reader, "h\n1\n2\n".getBytes(StandardCharsets.UTF_8), 1000, 2).rows())
			.hasSize(3);
		assertThatThrownBy(() -> ImportFileReader.read(reader, "h\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), 1000, 2))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("directory.import.file.too-many-rows");
				assertThat(ex.arguments()).containsExactly(2);
			});
	}

	@Test
	void otherRefusalsOfTheSharedReaderKeepTheirMessage() {
		DomainException columns = DomainException.invalid("platform.tabular.too-many-columns", 2, 16384);
		assertThat(ImportFileReader.translate(columns, 1000, 2)).isSameAs(columns);
		assertThat(ImportFileReader.translate(DomainException.invalid("platform.tabular.unsupported", "application/pdf"),
				1000, 2).code()).isEqualTo("directory.import.file.unsupported");
	}

	private Sheet read(byte[] content) {
		return ImportFileReader.read(reader, content, Long.MAX_VALUE, 100);
	}

	private void assertRefused(byte[] content, String code) {
		assertThatThrownBy(() -> read(content)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
