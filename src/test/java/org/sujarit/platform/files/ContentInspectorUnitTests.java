package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.platform.web.DomainException;

class ContentInspectorUnitTests {

	@TempDir
	Path dir;

	private final ContentInspector inspector = new ContentInspector(OfficeZip.Limits.DEFAULT);

	@Test
	void pdfIsRecognisedWhateverItsName() throws IOException {
		ContentInspector.Detected detected = inspect(TestFiles.pdf(), "jpg");
		assertThat(detected.kind()).contains(FileKind.PDF);
		assertThat(detected.contentType()).isEqualTo("application/pdf");
	}

	@Test
	void imagesAreRecognised() throws IOException {
		assertThat(inspect(TestFiles.png(), "pdf")).isEqualTo(ContentInspector.Detected.of(FileKind.IMAGE, "image/png"));
		assertThat(inspect(TestFiles.jpeg(), "")).isEqualTo(ContentInspector.Detected.of(FileKind.IMAGE, "image/jpeg"));
	}

	@Test
	void executablesAndMarkupBelongToNoKind() throws IOException {
		assertThat(inspect(TestFiles.exe(), "pdf").kind()).isEmpty();
		assertThat(inspect(TestFiles.exe(), "pdf").contentType()).isEqualTo("application/x-msdownload");
		assertThat(inspect(TestFiles.html(), "pdf")).isEqualTo(ContentInspector.Detected.other("text/html"));
		assertThat(inspect("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(), "jpg").kind())
			.isEmpty();
		assertThat(inspect("#!/bin/sh\nrm -rf /\n".getBytes(), "txt").kind()).isEmpty();
	}

	@Test
	void textWithScriptIsSeenAsHtmlEvenWhereTikaSaysPlainText() throws IOException {
		assertThat(inspect("  <script>alert(1)</script>".getBytes(), "txt").contentType()).isEqualTo("text/html");
		assertThat(inspect("บันทึก\nและ <SCRIPT src=x></SCRIPT>".getBytes(StandardCharsets.UTF_8), "txt").kind())
			.isEmpty();
		assertThat(inspect("\uFEFF<script>alert(1)</script>".getBytes(StandardCharsets.UTF_16LE), "txt").kind())
			.isEmpty();
	}

	@Test
	void plainTextIsTextOrCsvByItsExtension() throws IOException {
		byte[] thai = "ชื่อหน่วยงาน,จำนวน\nเทศบาลตำบล,1\n".getBytes(StandardCharsets.UTF_8);
		assertThat(inspect(thai, "csv")).isEqualTo(ContentInspector.Detected.of(FileKind.CSV, "text/csv"));
		assertThat(inspect(thai, "txt")).isEqualTo(ContentInspector.Detected.of(FileKind.TEXT, "text/plain"));
		byte[] tis620 = "ชื่อหน่วยงาน,จำนวน\n".getBytes(Charset.forName("x-windows-874"));
		assertThat(inspect(tis620, "csv").kind()).contains(FileKind.CSV);
	}

	@Test
	void officeDocumentsAreRecognisedFromInside() throws IOException {
		assertThat(inspect(TestFiles.docx(), "pdf")).isEqualTo(ContentInspector.Detected.of(FileKind.WORD,
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		assertThat(inspect(TestFiles.xlsx(), "")).isEqualTo(ContentInspector.Detected.of(FileKind.EXCEL,
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(inspect(TestFiles.xls(), "xls"))
			.isEqualTo(ContentInspector.Detected.of(FileKind.EXCEL, "application/vnd.ms-excel"));
	}

	@Test
	void aPlainZipIsNoDocument() throws IOException {
		byte[] zip = TestFiles.zip(java.util.Map.of("readme.txt", "hello".getBytes()));
		assertThat(inspect(zip, "docx")).isEqualTo(ContentInspector.Detected.other("application/zip"));
	}

	@Test
	void zipBombsAreRefused() {
		assertThatThrownBy(() -> inspect(TestFiles.zipBombDocx(50 * 1024 * 1024), "docx"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("platform.files.zip-bomb"));
	}

	@Test
	void macroEnabledDocumentsAreRefused() {
		assertThatThrownBy(() -> inspect(TestFiles.xlsm(), "xlsx")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.files.macro"));
		assertThatThrownBy(() -> inspect(TestFiles.docm(), "docx")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.files.macro"));
	}

	@Test
	void aVbaProjectHiddenInAnOrdinaryDocxIsRefused() {
		byte[] docx = TestFiles.replaceEntry(TestFiles.docx(), "word/vbaProject.bin", new byte[] { 1, 2, 3 });
		assertThatThrownBy(() -> inspect(docx, "docx")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.files.macro"));
	}

	@Test
	void passwordProtectedOfficeFilesAreRefused() {
		assertThatThrownBy(() -> inspect(TestFiles.encrypted(TestFiles.xlsx()), "xlsx"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("platform.files.encrypted"));
	}

	@Test
	void passwordProtectedLegacyExcelIsRefused() throws IOException {
		byte[] xls;
		Biff8EncryptionKey.setCurrentUserPassword("รหัส");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue(1);
			xls = TestFiles.write(workbook);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThatThrownBy(() -> inspect(xls, "xls")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.files.encrypted"));
	}

	@Test
	void aBrokenOfficeFileIsCorrupt() {
		byte[] docx = TestFiles.docx();
		byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
		assertThatThrownBy(() -> inspect(truncated, "docx")).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("platform.files.corrupt"));
	}

	private ContentInspector.Detected inspect(byte[] content, String extension) throws IOException {
		Path file = Files.createTempFile(dir, "in", ".bin");
		Files.write(file, content);
		return inspector.inspect(file, extension);
	}

}
