package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.web.DomainException;

class TextDecodingUnitTests {

	static final String THAI = "code,name_th\r\nX,องค์การบริหารส่วนตำบลบางด้วน\r\n";

	@Test
	void readsUtf8WithAndWithoutByteOrderMark() {
		assertThat(TextDecoding.decode(THAI.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(new TextDecoding.Decoded(THAI, ImportFormat.CSV_UTF8));
		assertThat(TextDecoding.decode(("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(THAI);
	}

	@Test
	void readsTis620AndWindows874() {
		assertThat(TextDecoding.decode(THAI.getBytes(java.nio.charset.Charset.forName("TIS-620"))))
			.isEqualTo(new TextDecoding.Decoded(THAI, ImportFormat.CSV_WINDOWS_874));
		String smartQuotes = "name\r\n“คำพูด”\r\n";
		assertThat(TextDecoding.decode(smartQuotes.getBytes(TextDecoding.WINDOWS_874)).text()).isEqualTo(smartQuotes);
	}

	@Test
	void readsUtf16WithByteOrderMark() {
		byte[] utf16 = ("\uFEFF" + THAI).getBytes(StandardCharsets.UTF_16LE);
		assertThat(TextDecoding.decode(utf16)).isEqualTo(new TextDecoding.Decoded(THAI, ImportFormat.CSV_UTF16));
	}

	@Test
	void refusesBinaryContent() {
		assertThatThrownBy(() -> TextDecoding.decode(new byte[] { 'a', 0, 'b' })).isInstanceOf(DomainException.class)
			.hasMessageContaining("directory.import.file.unreadable");
		// bytes no Thai encoding defines
		assertThatThrownBy(() -> TextDecoding.decode(new byte[] { (byte) 0xFC, (byte) 0xFD, (byte) 0xFE }))
			.isInstanceOf(DomainException.class);
	}

}
