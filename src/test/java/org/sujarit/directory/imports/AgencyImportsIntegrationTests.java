package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.platform.web.DomainException;

/**
 * Agency import end to end: dry run kept in the database, apply in one transaction, idempotence, and every
 * kind of bad file refused with a clear reason and nothing saved.
 */
@IntegrationTest
@Transactional
@WithMockUser(username = "import.tester", roles = "COORDINATOR")
class AgencyImportsIntegrationTests {

	static final String HEADER = "code,name_th,name_en,abbrev_th,type,parent_code,province_code,district_th\r\n";

	@Autowired
	AgencyImports imports;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void dryRunShowsNewChangedUnchangedRowsAndSavesNoAgency() {
		directory.saveAgency(new NewAgency("IMP-MIN", "กระทรวงนำเข้า", null, null, AgencyType.MINISTRY, null, null, null));
		directory.saveAgency(new NewAgency("IMP-OLD", "กรมเดิม", null, "กด.", AgencyType.DEPARTMENT, "IMP-MIN", null, null));
		int before = agencyCount();
		UUID token = imports.dryRun("agencies.csv", TestFiles.csv(HEADER
				+ "IMP-NEW,กรมใหม่,New Department,กม.,DEPARTMENT,IMP-MIN,,\r\n"
				+ "IMP-OLD,กรมเดิม (ชื่อใหม่),,กด.,DEPARTMENT,IMP-MIN,,\r\n"
				+ "IMP-MIN,กระทรวงนำเข้า,,,MINISTRY,,,\r\n"));
		ImportPreview preview = imports.preview(token);
		assertThat(preview.format()).isEqualTo(ImportFormat.CSV_UTF8);
		assertThat(preview.rowCount()).isEqualTo(3);
		assertThat(preview.newCount()).isEqualTo(1);
		assertThat(preview.changedCount()).isEqualTo(1);
		assertThat(preview.unchangedCount()).isEqualTo(1);
		assertThat(preview.errorCount()).isZero();
		assertThat(preview.canApply()).isTrue();
		ImportRowResult changed = imports.rows(token, ImportOutcome.CHANGED, 10, 0).get(0);
		assertThat(changed.rowNo()).isEqualTo(3);
		assertThat(changed.changes()).containsExactly(new FieldChange("name_th", "กรมเดิม", "กรมเดิม (ชื่อใหม่)"));
		assertThat(agencyCount()).isEqualTo(before);
		assertThat(directory.agencyByCode("IMP-OLD").orElseThrow().nameTh()).isEqualTo("กรมเดิม");
	}

	@Test
	void applyWritesEveryRowAndApplyingAgainChangesNothing() {
		directory.saveAgency(new NewAgency("IMP-MIN", "กระทรวงนำเข้า", null, null, AgencyType.MINISTRY, null, null, null));
		directory.saveAgency(new NewAgency("IMP-OLD", "กรมเดิม", null, null, AgencyType.DEPARTMENT, "IMP-MIN", null, null));
		int before = agencyCount();
		// the child comes before its parent in the file: the parent is written first anyway
		UUID token = imports.dryRun("agencies.csv", TestFiles.csv(HEADER
				+ "IMP-DIV,กองใหม่,,,DIVISION,IMP-NEW,,\r\n"
				+ "imp-new,กรมใหม่,,,department,IMP-MIN,เชียงใหม่,เมืองเชียงใหม่\r\n"
				+ "IMP-OLD,กรมเดิม (ชื่อใหม่),,,DEPARTMENT,IMP-MIN,,\r\n"));
		ImportPreview applied = imports.apply(token);
		assertThat(applied.applied()).isTrue();
		assertThat(applied.appliedNew()).isEqualTo(2);
		assertThat(applied.appliedChanged()).isEqualTo(1);
		assertThat(applied.appliedUnchanged()).isZero();
		assertThat(agencyCount()).isEqualTo(before + 2);
		Agency created = directory.agencyByCode("IMP-NEW").orElseThrow();
		assertThat(created.type()).isEqualTo(AgencyType.DEPARTMENT);
		assertThat(created.provinceCode()).isEqualTo("50");
		assertThat(created.parentId()).isEqualTo(directory.agencyByCode("IMP-MIN").orElseThrow().id());
		assertThat(directory.agencyByCode("IMP-DIV").orElseThrow().parentId()).isEqualTo(created.id());
		int version = directory.agencyByCode("IMP-OLD").orElseThrow().version();

		ImportPreview again = imports.apply(token);
		assertThat(again.appliedNew()).isEqualTo(2);
		assertThat(agencyCount()).isEqualTo(before + 2);
		assertThat(directory.agencyByCode("IMP-OLD").orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void columnsLeftOutOfTheFileKeepTheirValues() {
		directory.saveAgency(new NewAgency("IMP-KEEP", "กรมคงเดิม", "Kept Department", "กค.", AgencyType.DEPARTMENT, null, "10", "พระนคร"));
		UUID token = imports.dryRun("partial.csv", TestFiles.csv("code,name_th,type\r\nIMP-KEEP,กรมคงเดิม ฉบับใหม่,DEPARTMENT\r\n"));
		imports.apply(token);
		Agency agency = directory.agencyByCode("IMP-KEEP").orElseThrow();
		assertThat(agency.nameTh()).isEqualTo("กรมคงเดิม ฉบับใหม่");
		assertThat(agency.nameEn()).isEqualTo("Kept Department");
		assertThat(agency.abbrevTh()).isEqualTo("กค.");
		assertThat(agency.provinceCode()).isEqualTo("10");
		assertThat(agency.districtTh()).isEqualTo("พระนคร");
	}

	@Test
	void everyRowProblemIsReportedWithItsRowNumberAndApplyIsRefused() {
		int before = agencyCount();
		UUID token = imports.dryRun("bad-rows.csv", TestFiles.csv(HEADER
				+ "IMP-A,,,,DEPARTMENT,,,\r\n"
				+ "IMP-B,กรมบี,,,BUREAU,,,\r\n"
				+ "IMP-C,กรมซี,,,DEPARTMENT,NO-SUCH-PARENT,,\r\n"
				+ "IMP-D,กรมดี,,,DEPARTMENT,,Atlantis,\r\n"
				+ "IMP-E,กรมอี,,,DEPARTMENT,,,\r\n"
				+ "imp-e,กรมอี ซ้ำ,,,DEPARTMENT,,,\r\n"
				+ "IMP-F,กรมเอฟ,,,DEPARTMENT,IMP-F,,\r\n"
				+ "IMP G,กรมจี,,,DEPARTMENT,,,\r\n"
				+ ",ไม่มีรหัส,,,DEPARTMENT,,,\r\n"));
		ImportPreview preview = imports.preview(token);
		assertThat(preview.errorCount()).isEqualTo(9);
		assertThat(preview.canApply()).isFalse();
		List<ImportRowResult> rows = imports.rows(token, ImportOutcome.ERROR, 100, 0);
		assertThat(rows).extracting(ImportRowResult::rowNo).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(problems(rows.get(0))).containsExactly("directory.import.row.name-required");
		assertThat(problems(rows.get(1))).containsExactly("directory.import.row.type-unknown");
		assertThat(rows.get(1).problems().get(0).args()).containsExactly("BUREAU");
		assertThat(problems(rows.get(2))).containsExactly("directory.import.row.parent-unknown");
		assertThat(problems(rows.get(3))).containsExactly("directory.import.row.province-unknown");
		assertThat(problems(rows.get(4))).containsExactly("directory.import.row.code-duplicate");
		assertThat(rows.get(4).problems().get(0).args()).containsExactly("IMP-E", "6, 7");
		assertThat(problems(rows.get(5))).containsExactly("directory.import.row.code-duplicate");
		assertThat(problems(rows.get(6))).containsExactly("directory.import.row.parent-self");
		assertThat(problems(rows.get(7))).containsExactly("directory.import.row.code-invalid");
		assertThat(problems(rows.get(8))).containsExactly("directory.import.row.code-required");
		assertThatThrownBy(() -> imports.apply(token)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("directory.import.has-errors");
		assertThat(agencyCount()).isEqualTo(before);
	}

	@Test
	void aParentCycleWithinTheFileIsAnError() {
		UUID token = imports.dryRun("cycle.csv", TestFiles.csv(HEADER
				+ "IMP-X,กรมเอ็กซ์,,,DEPARTMENT,IMP-Y,,\r\n"
				+ "IMP-Y,กรมวาย,,,DEPARTMENT,IMP-X,,\r\n"));
		assertThat(imports.rows(token, null, 10, 0)).allSatisfy(
				row -> assertThat(problems(row)).containsExactly("directory.import.row.parent-cycle"));
	}

	@Test
	void applyIsRefusedWhenTheDirectoryChangedSinceTheDryRun() {
		directory.saveAgency(new NewAgency("IMP-PARENT", "กระทรวงเดิม", null, null, AgencyType.MINISTRY, null, null, null));
		UUID token = imports.dryRun("stale.csv", TestFiles.csv(HEADER + "IMP-CHILD,กรมลูก,,,DEPARTMENT,IMP-PARENT,,\r\n"));
		jdbc.sql("update directory_agency set code = 'IMP-RENAMED' where code = 'IMP-PARENT'").update();
		assertThatThrownBy(() -> imports.apply(token)).isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo("directory.import.stale");
		assertThat(directory.agencyByCode("IMP-CHILD")).isEmpty();
	}

	@Test
	void readsTis620CsvAsSavedByThaiExcelAndSaysItWasConverted() {
		UUID token = imports.dryRun("thai-excel.csv", TestFiles.tis620(HEADER
				+ "IMP-TIS,สำนักงานทดสอบภาษาไทย,,สทท.,OTHER,,กรุงเทพมหานคร,\r\n"));
		ImportPreview preview = imports.preview(token);
		assertThat(preview.format()).isEqualTo(ImportFormat.CSV_WINDOWS_874);
		assertThat(preview.fromLegacyEncoding()).isTrue();
		ImportRowResult row = imports.rows(token, null, 10, 0).get(0);
		assertThat(row.outcome()).isEqualTo(ImportOutcome.NEW);
		assertThat(row.nameTh()).isEqualTo("สำนักงานทดสอบภาษาไทย");
		assertThat(row.provinceCode()).isEqualTo("10");
	}

	@Test
	void readsXlsxWithNumericCodesAndThaiDigits() {
		UUID token = imports.dryRun("agencies.xlsx", TestFiles.xlsx(List.of(
				Arrays.asList("code", "name_th", "type", "province_code"),
				Arrays.asList(2500101, "องค์การบริหารส่วนจังหวัดเชียงใหม่", "PROVINCIAL_ADMIN_ORG", 50),
				Arrays.asList("IMP-๑", "สำนักงานเลขไทย", "OTHER", "๕๐"))));
		ImportPreview preview = imports.preview(token);
		assertThat(preview.format()).isEqualTo(ImportFormat.XLSX);
		List<ImportRowResult> rows = imports.rows(token, null, 10, 0);
		assertThat(rows.get(0).outcome()).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(rows.get(1).code()).isEqualTo("IMP-1");
		assertThat(rows.get(1).provinceCode()).isEqualTo("50");
		assertThat(rows.get(1).outcome()).isEqualTo(ImportOutcome.NEW);
	}

	@Test
	void refusesBadFilesWithAClearReasonAndSavesNothing() {
		long importsBefore = importCount();
		assertRefused(new byte[0], "directory.import.file.empty");
		assertRefused(TestFiles.csv("name,kind\r\nกรม,DEPARTMENT\r\n"), "directory.import.file.columns-unknown");
		assertRefused(TestFiles.csv("code,name_en\r\nX,Department\r\n"), "directory.import.file.columns-missing");
		assertRefused(TestFiles.csv("code,name_th,type,code\r\n"), "directory.import.file.columns-duplicate");
		assertRefused(TestFiles.csv(HEADER), "directory.import.file.no-rows");
		assertRefused(TestFiles.csv(HEADER + "X,\"ไม่ปิด,OTHER\r\n"), "directory.import.file.csv-unclosed-quote");
		byte[] good = TestFiles.xlsx(List.of(List.of("code", "name_th", "type"), List.of("IMP-Z", "กรมแซด", "OTHER")));
		assertRefused(Arrays.copyOf(good, good.length / 2), "directory.import.file.xlsx-corrupt");
		byte[] garbage = new byte[4096];
		new java.util.Random(7).nextBytes(garbage);
		garbage[0] = 'P';
		garbage[1] = 'K';
		garbage[2] = 3;
		garbage[3] = 4;
		assertRefused(garbage, "directory.import.file.xlsx-corrupt");
		assertRefused(TestFiles.passwordProtectedXlsx(List.of(List.of("code", "name_th", "type"))),
				"directory.import.file.xlsx-encrypted");
		assertRefused(TestFiles.xls(List.of(List.of("code", "name_th", "type"))), "directory.import.file.xls-legacy");
		assertRefused(TestFiles.docx(), "directory.import.file.not-spreadsheet");
		assertRefused(TestFiles.zipBomb(), "directory.import.file.xlsx-too-expanded");
		assertRefused(new byte[] { (byte) 0xDB, (byte) 0xFC, 0x00, 0x01, (byte) 0xFF }, "directory.import.file.unreadable");
		assertRefused(new byte[6 * 1024 * 1024], "directory.import.file.too-large");
		assertThat(importCount()).isEqualTo(importsBefore);
	}

	private void assertRefused(byte[] content, String code) {
		assertThatThrownBy(() -> imports.dryRun("upload", content)).as(code)
			.isInstanceOf(DomainException.class)
			.extracting(ex -> ((DomainException) ex).code())
			.isEqualTo(code);
	}

	private static List<String> problems(ImportRowResult row) {
		return row.problems().stream().map(ImportProblem::code).toList();
	}

	private int agencyCount() {
		return jdbc.sql("select count(*) from directory_agency").query(Integer.class).single();
	}

	private long importCount() {
		return jdbc.sql("select count(*) from directory_import").query(Long.class).single();
	}

}
