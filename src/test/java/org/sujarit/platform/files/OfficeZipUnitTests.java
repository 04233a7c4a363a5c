package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeZipUnitTests {

	@TempDir
	Path dir;

	@Test
	void readsTheMainTypeOfARealPackage() throws IOException {
		OfficeZip zip = OfficeZip.scan(write(TestFiles.xlsx()), OfficeZip.Limits.DEFAULT);
		assertThat(zip.ooxml()).isTrue();
		assertThat(zip.mainContentType())
			.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
		assertThat(zip.macros()).isFalse();
		assertThat(zip.strictOoxml()).isFalse();
	}

	@Test
	void stopsAtTheEntryLimit() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			entries.put("part" + i + ".xml", "<a/>".getBytes());
		}
		Path file = write(TestFiles.zip(entries));
		assertThatThrownBy(() -> OfficeZip.scan(file, new OfficeZip.Limits(10, 1 << 30, 100)))
			.isInstanceOf(OfficeZip.TooExpansiveException.class);
		assertThat(OfficeZip.scan(file, new OfficeZip.Limits(11, 1 << 30, 100)).entries()).isEqualTo(11);
	}

	@Test
	void stopsAtTheTotalSizeByWhatEntriesReallyInflateTo() throws IOException {
		Path file = write(TestFiles.zipBombDocx(3 * 1024 * 1024));
		assertThatThrownBy(() -> OfficeZip.scan(file, new OfficeZip.Limits(100, 2 * 1024 * 1024, 100_000)))
			.isInstanceOf(OfficeZip.TooExpansiveException.class)
			.hasMessageContaining("bytes");
	}

	@Test
	void stopsAtTheRatio() throws IOException {
		Path file = write(TestFiles.zipBombDocx(3 * 1024 * 1024));
		assertThatThrownBy(() -> OfficeZip.scan(file, OfficeZip.Limits.DEFAULT))
			.isInstanceOf(OfficeZip.TooExpansiveException.class)
			.hasMessageContaining("inflates");
		assertThat(OfficeZip.scan(file, new OfficeZip.Limits(100, 1 << 30, 10_000)).uncompressedBytes())
			.isGreaterThan(3_000_000);
	}

	@Test
	void tellsStrictOoxml() throws IOException {
		byte[] strict = TestFiles.replaceEntry(TestFiles.xlsx(), "_rels/.rels",
				TestFiles.rootRelationships("xl/workbook.xml", true));
		assertThat(OfficeZip.scan(write(strict), OfficeZip.Limits.DEFAULT).strictOoxml()).isTrue();
	}

	@Test
	void notAZipIsAZipException() throws IOException {
		Path file = write("PK\u0003\u0004 but nothing else".getBytes());
		assertThatThrownBy(() -> OfficeZip.scan(file, OfficeZip.Limits.DEFAULT)).isInstanceOf(ZipException.class);
	}

	@Test
	void tellsOdfMacrosAndEncryption() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes());
		entries.put("META-INF/manifest.xml",
				"<manifest:manifest><manifest:encryption-data/></manifest:manifest>".getBytes());
		entries.put("Basic/Standard/Module1.xml", "<script:module/>".getBytes());
		OfficeZip zip = OfficeZip.scan(write(TestFiles.zip(entries)), OfficeZip.Limits.DEFAULT);
		assertThat(zip.odf()).isTrue();
		assertThat(zip.mainContentType()).contains("application/vnd.oasis.opendocument.text");
		assertThat(zip.encrypted()).isTrue();
		assertThat(zip.macros()).isTrue();
	}

	private Path write(byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "zip", ".bin");
		Files.write(file, content);
		return file;
	}

}
