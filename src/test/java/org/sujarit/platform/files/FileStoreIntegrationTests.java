package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditEntry;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.web.DomainException;

@IntegrationTest
class FileStoreIntegrationTests {

	@Autowired
	FileStore files;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FilesProperties properties;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void aPdfDisguisedAsAPictureIsKeptAsThePdfItIs() throws IOException {
		byte[] pdf = TestFiles.pdf();
		StoredFile stored = files.store(new ByteArrayInputStream(pdf), "ภาพถ่ายกิจกรรม.jpg", FileStore.EVIDENCE);

		assertThat(stored.kind()).isEqualTo(FileKind.PDF);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.originalName()).isEqualTo("ภาพถ่ายกิจกรรม.jpg");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf));
		assertThat(files.find(stored.id())).contains(stored);
		try (InputStream in = files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void bytesLiveUnderTheRootByYearAndMonthNamedByTheirId() {
		StoredFile stored = files.store(new ByteArrayInputStream(TestFiles.png()), "photo.png", FileStore.EVIDENCE);
		var at = stored.storedAt().atZone(ZoneOffset.UTC);
		Path expected = properties.root()
			.toAbsolutePath()
			.normalize()
			.resolve("%04d".formatted(at.getYear()))
			.resolve("%02d".formatted(at.getMonthValue()))
			.resolve(stored.id());
		assertThat(files.pathOf(stored.id())).isEqualTo(expected).isRegularFile();
		assertThat(jdbc.sql("select storage_path from platform_file where id = cast(:id as uuid)")
			.param("id", stored.id())
			.query(String.class)
			.single()).doesNotContain("..").endsWith(stored.id());
	}

	@Test
	void executablesAndHtmlNamedPdfAreRefused() {
		assertRefused(TestFiles.exe(), "ใบเสร็จ.pdf", FileStore.EVIDENCE, "platform.files.type-not-allowed",
				"application/x-msdownload");
		assertRefused(TestFiles.html(), "ใบเสร็จ.pdf", FileStore.EVIDENCE, "platform.files.type-not-allowed",
				"text/html");
		assertRefused("plain words".getBytes(), "scan.pdf", FileStore.EVIDENCE, "platform.files.type-mismatch", ".pdf");
	}

	@Test
	void dangerousNamesAreRefusedWhateverTheyContain() {
		assertRefused("hello".getBytes(), "page.html", FileStore.EVIDENCE, "platform.files.extension-dangerous",
				".html");
		assertRefused(TestFiles.pdf(), "setup.exe", FileStore.EVIDENCE, "platform.files.extension-dangerous", ".exe");
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(TestFiles.pdf()), "a.pdf", "text/html",
				FileStore.EVIDENCE))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("platform.files.type-not-allowed"));
	}

	@Test
	void onlyTheAllowedKindsAreKept() {
		assertRefused(TestFiles.png(), "a.png", EnumSet.of(FileKind.PDF), "platform.files.type-not-allowed",
				"image/png", "PDF");
		assertThat(files.store(new ByteArrayInputStream(TestFiles.png()), "a.png", EnumSet.of(FileKind.IMAGE)).kind())
			.isEqualTo(FileKind.IMAGE);
	}

	@Test
	void officeDocumentsTextAndCsvAreKept() {
		assertThat(store(TestFiles.docx(), "รายงาน.docx").kind()).isEqualTo(FileKind.WORD);
		assertThat(store(TestFiles.xlsx(), "ตาราง.xlsx").kind()).isEqualTo(FileKind.EXCEL);
		assertThat(store(TestFiles.xls(), "ตาราง.xls").contentType()).isEqualTo("application/vnd.ms-excel");
		StoredFile csv = store("ชื่อ,จำนวน\nก,1\n".getBytes(StandardCharsets.UTF_8), "ข้อมูล.csv");
		assertThat(csv.kind()).isEqualTo(FileKind.CSV);
		assertThat(csv.contentType()).isEqualTo("text/csv");
		assertThat(store("บันทึกข้อความ".getBytes(StandardCharsets.UTF_8), "บันทึก.txt").kind()).isEqualTo(FileKind.TEXT);
	}

	@Test
	void oversizeIsRefusedAndLeavesNothingBehind() throws IOException {
		long before = count();
		long limit = properties.maxSize().toBytes();
		assertThatThrownBy(() -> files.store(TestFiles.letters(limit + 1), "ใหญ่.txt", FileStore.EVIDENCE))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.files.too-large");
				assertThat(ex.arguments()).containsExactly(20L);
			});
		assertThat(count()).isEqualTo(before);
		assertThat(incoming()).isEmpty();
		assertThat(messages.getMessage("platform.files.too-large", new Object[] { 20L },
				java.util.Locale.forLanguageTag("th"))).startsWith("ไฟล์มีขนาดเกิน 20 MB");
		assertThat(messages.getMessage("platform.files.too-large", new Object[] { 20L }, java.util.Locale.ENGLISH))
			.startsWith("The file is larger than 20 MB");
	}

	@Test
	void exactlyTheLimitIsAccepted() {
		long limit = properties.maxSize().toBytes();
		StoredFile stored = files.store(TestFiles.letters(limit), "เต็ม.txt", FileStore.EVIDENCE);
		assertThat(stored.size()).isEqualTo(limit);
	}

	@Test
	void emptyFilesAreRefused() throws IOException {
		assertRefused(new byte[0], "ว่าง.pdf", FileStore.EVIDENCE, "platform.files.empty");
		assertThat(incoming()).isEmpty();
	}

	@Test
	void zipBombsAreRefused() throws IOException {
		long before = count();
		assertRefused(TestFiles.zipBombDocx(50 * 1024 * 1024), "รายงาน.docx", FileStore.EVIDENCE,
				"platform.files.zip-bomb");
		assertThat(count()).isEqualTo(before);
		assertThat(incoming()).isEmpty();
	}

	@Test
	void passwordProtectedWorkbooksAreRefused() {
		assertRefused(TestFiles.encrypted(TestFiles.xlsx()), "งบประมาณ.xlsx", FileStore.EVIDENCE,
				"platform.files.encrypted");
	}

	@Test
	void macroEnabledDocumentsAreRefusedByContentAndByName() {
		assertRefused(TestFiles.xlsm(), "งบประมาณ.xlsx", FileStore.EVIDENCE, "platform.files.macro");
		assertRefused(TestFiles.docm(), "หนังสือ.docx", FileStore.EVIDENCE, "platform.files.macro");
		assertRefused(TestFiles.xlsx(), "งบประมาณ.xlsm", FileStore.EVIDENCE, "platform.files.macro");
	}

	@Test
	void thaiNamesAreKeptAndOfferedBackOnDownload() throws IOException {
		byte[] pdf = TestFiles.pdf();
		StoredFile stored = files.store(new ByteArrayInputStream(pdf),
				"C:\\Users\\เจ้าหน้าที่\\รายงานผลการดำเนินงาน ไตรมาส ๑.pdf", FileStore.EVIDENCE);
		assertThat(stored.originalName()).isEqualTo("รายงานผลการดำเนินงาน ไตรมาส ๑.pdf");

		ResponseEntity<Resource> response = files.download(stored.id());
		HttpHeaders headers = response.getHeaders();
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"")
			.contains("filename*=UTF-8''%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("รายงานผลการดำเนินงาน ไตรมาส ๑.pdf");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getContentType()).hasToString("application/pdf");
		assertThat(headers.getContentLength()).isEqualTo(pdf.length);
		try (InputStream in = response.getBody().getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
	}

	@Test
	void storingAndDownloadingAreAudited() {
		StoredFile stored = Actor.runAs("uploader-test",
				() -> files.store(new ByteArrayInputStream(TestFiles.pdf()), "หลักฐาน.pdf", FileStore.EVIDENCE));
		files.download(stored.id());
		List<AuditEntry> history = audit.history("platform_file", stored.id());
		assertThat(history).extracting(AuditEntry::action).containsExactly("INSERT", "DOWNLOAD");
		assertThat(history.get(0).actor()).isEqualTo("uploader-test");
		assertThat(history.get(0).after()).contains(stored.sha256()).contains("หลักฐาน.pdf");
	}

	@Test
	void aRolledBackTransactionTakesTheBytesWithIt() {
		Path[] kept = new Path[1];
		String[] id = new String[1];
		transactions.executeWithoutResult(status -> {
			StoredFile stored = files.store(new ByteArrayInputStream(TestFiles.pdf()), "ชั่วคราว.pdf",
					FileStore.EVIDENCE);
			id[0] = stored.id();
			kept[0] = files.pathOf(stored.id());
			assertThat(kept[0]).isRegularFile();
			status.setRollbackOnly();
		});
		assertThat(kept[0]).doesNotExist();
		assertThat(files.find(id[0])).isEmpty();
	}

	@Test
	void unknownIdsAreNotFound() {
		assertThat(files.find("not-a-uuid")).isEmpty();
		assertThat(files.find("00000000-0000-0000-0000-000000000000")).isEmpty();
		assertThatThrownBy(() -> files.open("00000000-0000-0000-0000-000000000000"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("platform.files.not-found");
				assertThat(ex.status().value()).isEqualTo(404);
			});
		assertThatThrownBy(() -> files.download("../../etc/passwd")).isInstanceOf(DomainException.class);
	}

	private StoredFile store(byte[] content, String name) {
		return files.store(new ByteArrayInputStream(content), name, FileStore.EVIDENCE);
	}

	private void assertRefused(byte[] content, String name, Set<FileKind> allowed, String code,
			Object... leadingArguments) {
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(content), name, allowed))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo(code);
				assertThat(ex.status().value()).isEqualTo(422);
				assertThat(ex.arguments()).startsWith(leadingArguments);
			});
	}

	private long count() {
		return jdbc.sql("select count(*) from platform_file").query(Long.class).single();
	}

	private List<Path> incoming() throws IOException {
		Path dir = files.root().resolve(".incoming");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.toList();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
