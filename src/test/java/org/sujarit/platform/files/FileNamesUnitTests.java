package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.web.DomainException;

class FileNamesUnitTests {

	@Test
	void keepsThaiAndDropsThePath() {
		assertThat(FileNames.clean("C:\\Users\\สมชาย\\Desktop\\รายงานผล ไตรมาส ๑.pdf")).isEqualTo("รายงานผล ไตรมาส ๑.pdf");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void normalisesToNfc() {
		String decomposed = Normalizer.normalize("café.pdf", Normalizer.Form.NFD);
		assertThat(FileNames.clean(decomposed)).isEqualTo("café.pdf").hasSize(8);
	}

	@Test
	void removesControlAndDisguisingCharacters() {
		assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(FileNames.clean("a\u0000b\u0007c.txt")).isEqualTo("abc.txt");
		assertThat(FileNames.clean("two\t\nlines  here.txt")).isEqualTo("two lines here.txt");
		assertThat(FileNames.clean("what?<is>this*.txt")).isEqualTo("what__is_this_.txt");
		assertThat(FileNames.clean("report.pdf. . ")).isEqualTo("report.pdf");
	}

	@Test
	void cutsLongNamesKeepingTheExtension() {
		String name = "ก".repeat(300) + ".xlsx";
		String cleaned = FileNames.clean(name);
		assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(cleaned).endsWith("ก.xlsx");
	}

	@Test
	void refusesNamesWithNothingLeft() {
		for (String bad : new String[] { null, "", "   ", "..", "/", "C:\\dir\\", "\u202E\u0000" }) {
			assertThatThrownBy(() -> FileNames.clean(bad)).as(String.valueOf(bad))
				.isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("platform.files.name-invalid"));
		}
	}

	@Test
	void extensions() {
		assertThat(FileNames.extension("Report.PDF")).isEqualTo("pdf");
		assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
		assertThat(FileNames.extension(".htaccess")).isEmpty();
		assertThat(FileNames.extension("no extension")).isEmpty();
		assertThat(FileNames.base("รายงาน.xlsx")).isEqualTo("รายงาน");
	}

}
