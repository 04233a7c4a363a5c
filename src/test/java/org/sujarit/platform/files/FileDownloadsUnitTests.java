package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

class FileDownloadsUnitTests {

	@Test
	void thaiNamesTravelAsRfc5987WithAnAsciiFallback() {
		String header = FileDownloads.contentDisposition("รายงาน ไตรมาส ๑.pdf");
		assertThat(header).startsWith("attachment; filename=\"download.pdf\"; filename*=UTF-8''");
		String encoded = header.substring(header.indexOf("UTF-8''") + 7);
		assertThat(encoded).matches("[A-Za-z0-9%!#$&+.^_`|~-]+");
		assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("รายงาน ไตรมาส ๑.pdf");
		assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("รายงาน ไตรมาส ๑.pdf");
	}

	@Test
	void asciiFallbackKeepsWhatItCanAndNeverBreaksTheHeader() {
		assertThat(FileDownloads.contentDisposition("plan 2568 \"final\";x.xlsx"))
			.startsWith("attachment; filename=\"plan 2568 _final_x.xlsx\"; ");
		assertThat(FileDownloads.contentDisposition("แผน 2568.xlsx")).contains("filename=\"_ 2568.xlsx\"");
	}

	@Test
	void aNameWhoseExtensionLiesGetsTheRealOneAdded() {
		assertThat(FileDownloads.downloadName(file("ภาพถ่าย.jpg", "application/pdf"))).isEqualTo("ภาพถ่าย.jpg.pdf");
		assertThat(FileDownloads.downloadName(file("ภาพถ่าย.JPEG", "image/jpeg"))).isEqualTo("ภาพถ่าย.JPEG");
		assertThat(FileDownloads.downloadName(file("notes.md", "text/plain"))).isEqualTo("notes.md");
	}

	@Test
	void downloadResponseIsASafeAttachment() {
		StoredFile file = file("หลักฐาน.pdf", "application/pdf");
		ResponseEntity<Resource> response = FileDownloads.attachment(file, new ByteArrayInputStream(new byte[12]));
		HttpHeaders headers = response.getHeaders();
		assertThat(headers.getContentType()).hasToString("application/pdf");
		assertThat(headers.getContentLength()).isEqualTo(12);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getContentDisposition().isAttachment()).isTrue();
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("หลักฐาน.pdf");
		assertThat(headers.getCacheControl()).contains("no-store").contains("private");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("sandbox");
	}

	private static StoredFile file(String name, String contentType) {
		return new StoredFile("00000000-0000-0000-0000-000000000001", name, contentType, FileKind.PDF, 12,
				"0".repeat(64), Instant.EPOCH);
	}

}
