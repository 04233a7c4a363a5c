package org.sujarit.opendata.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sujarit.opendata.progress.TestProgress.CITY_CHIANG_MAI;
import static org.sujarit.opendata.progress.TestProgress.PAO_CHIANG_MAI;
import static org.sujarit.opendata.progress.TestProgress.PAO_PHAYAO;
import static org.sujarit.opendata.progress.TestProgress.SAO_CHANG_PHUEAK;
import static org.sujarit.opendata.progress.TestProgress.SAO_KHUANG_PAO;
import static org.sujarit.opendata.progress.TestProgress.YEAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;

/**
 * Progress tracking on the real database with the real list of 7,849 local governments: counts per state,
 * province and type, the PAO target group's rate, the chase list with contacts, and its CSV and XLSX.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = "COORDINATOR")
class PublicationProgressIntegrationTests {

	@Autowired
	PublicationProgress progress;

	@Autowired
	ChaseListExport export;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	TestProgress data;

	int laos;

	int paos;

	@BeforeEach
	void documents() {
		data = new TestProgress(jdbc, directory);
		data.documents();
		laos = directory.select(new AgencySelector(AgencyType.localGovernments(), null, null, null)).size();
		paos = directory.select(new AgencySelector(java.util.Set.of(AgencyType.PROVINCIAL_ADMIN_ORG), null, null, null))
			.size();
	}

	private ProgressFilter ordinance() {
		return ProgressFilter.of(YEAR, DocumentType.ORDINANCE);
	}

	@Test
	void everyLocalGovernmentIsCountedOnceInTheStateOfItsDocument() {
		ProgressReport report = progress.report(ordinance());

		assertThat(laos).isGreaterThanOrEqualTo(7_849);
		StateCounts totals = report.totals();
		assertThat(totals.total()).isEqualTo(laos);
		assertThat(totals.count(ProgressState.PUBLISHED)).isEqualTo(1);
		assertThat(totals.count(ProgressState.OUT_OF_DATE)).isEqualTo(1);
		assertThat(totals.count(ProgressState.INVALID)).isEqualTo(1);
		assertThat(totals.count(ProgressState.VALID)).isEqualTo(1);
		assertThat(totals.count(ProgressState.UPLOADED)).isEqualTo(1);
		assertThat(totals.count(ProgressState.NOT_STARTED)).isEqualTo(laos - 5);

		Map<AgencyType, StateCounts> byType = report.byType()
			.stream()
			.collect(Collectors.toMap(ProgressGroup::type, ProgressGroup::counts));
		assertThat(byType.get(AgencyType.PROVINCIAL_ADMIN_ORG).total()).isEqualTo(paos);
		assertThat(byType.get(AgencyType.PROVINCIAL_ADMIN_ORG).count(ProgressState.PUBLISHED)).isEqualTo(1);
		assertThat(byType.get(AgencyType.PROVINCIAL_ADMIN_ORG).count(ProgressState.OUT_OF_DATE)).isEqualTo(1);
		assertThat(byType.get(AgencyType.CITY_MUNICIPALITY).count(ProgressState.INVALID)).isEqualTo(1);
		assertThat(byType.get(AgencyType.SUBDISTRICT_ADMIN_ORG).count(ProgressState.VALID)).isEqualTo(1);
		assertThat(byType.get(AgencyType.SUBDISTRICT_ADMIN_ORG).count(ProgressState.UPLOADED)).isEqualTo(1);
		assertThat(byType.get(AgencyType.SPECIAL_ADMIN_AREA).total()).isEqualTo(1);
		assertThat(report.byType().stream().mapToInt(g -> g.counts().total()).sum()).isEqualTo(laos);

		Map<String, ProgressGroup> byProvince = report.byProvince()
			.stream()
			.collect(Collectors.toMap(ProgressGroup::provinceCode, Function.identity()));
		ProgressGroup chiangMai = byProvince.get("50");
		assertThat(chiangMai.provinceTh()).isEqualTo("เชียงใหม่");
		assertThat(chiangMai.counts().count(ProgressState.OUT_OF_DATE)).isEqualTo(1);
		assertThat(chiangMai.counts().count(ProgressState.INVALID)).isEqualTo(1);
		assertThat(chiangMai.counts().count(ProgressState.VALID)).isEqualTo(1);
		assertThat(chiangMai.counts().count(ProgressState.UPLOADED)).isEqualTo(1);
		assertThat(byProvince.get("56").counts().count(ProgressState.PUBLISHED)).isEqualTo(1);
		assertThat(byProvince).hasSizeGreaterThanOrEqualTo(76);
		assertThat(report.byProvince().stream().mapToInt(g -> g.counts().total()).sum()).isEqualTo(laos);
	}

	@Test
	void thePaoTargetGroupCountsThePaosWithDataOnThePortalAgainstEightyPercent() {
		PublicationTarget target = progress.report(ordinance()).paoTarget();

		assertThat(paos).isEqualTo(76);
		assertThat(target.group()).isEqualTo(AgencyType.PROVINCIAL_ADMIN_ORG);
		assertThat(target.published()).isEqualTo(2); // Phayao current, Chiang Mai out of date
		assertThat(target.outOfDate()).isEqualTo(1);
		assertThat(target.total()).isEqualTo(76);
		assertThat(target.percent()).isEqualByComparingTo(new BigDecimal("2.6"));
		assertThat(target.target()).isEqualByComparingTo(new BigDecimal("80"));
		assertThat(target.met()).isFalse();

		// the province filter narrows the counts, never the national target group
		ProgressReport phayao = progress.report(new ProgressFilter(YEAR, DocumentType.ORDINANCE, "56", null, null));
		assertThat(phayao.paoTarget()).isEqualTo(target);
		assertThat(phayao.byProvince()).extracting(ProgressGroup::provinceCode).containsExactly("56");
		assertThat(phayao.totals().count(ProgressState.PUBLISHED)).isEqualTo(1);
		assertThat(phayao.totals().count(ProgressState.OUT_OF_DATE)).isZero();
	}

	@Test
	void otherDocumentTypesAndYearsHaveTheirOwnCounts() {
		ProgressReport subsidy = progress.report(ProgressFilter.of(YEAR, DocumentType.SPECIFIC_SUBSIDY));
		assertThat(subsidy.totals().count(ProgressState.VALID)).isEqualTo(1);
		assertThat(subsidy.totals().count(ProgressState.NOT_STARTED)).isEqualTo(laos - 1);

		ProgressReport next = progress.report(ProgressFilter.of(YEAR + 1, DocumentType.ORDINANCE));
		assertThat(next.totals().count(ProgressState.PUBLISHED)).isEqualTo(1);
		assertThat(next.paoTarget().published()).isZero();
		assertThat(progress.fiscalYears()).contains(YEAR, YEAR + 1, PublicationProgress.currentFiscalYear());
	}

	@Test
	void theChaseListHoldsEveryLaoNotYetPublishedWithItsStateUploadErrorsAndContacts() {
		data.cityContacts();
		ProgressFilter chiangMai = new ProgressFilter(YEAR, DocumentType.ORDINANCE, "50", null, null);
		List<LaoProgress> chase = progress.chaseList(chiangMai);

		int chiangMaiLaos = directory.select(new AgencySelector(AgencyType.localGovernments(), java.util.Set.of("50"), null,
				null)).size();
		assertThat(chase).hasSize(chiangMaiLaos); // nothing published in Chiang Mai: all to chase
		Map<String, LaoProgress> byCode = chase.stream().collect(Collectors.toMap(LaoProgress::code, Function.identity()));
		LaoProgress city = byCode.get(CITY_CHIANG_MAI);
		assertThat(city.state()).isEqualTo(ProgressState.INVALID);
		assertThat(city.errorCount()).isEqualTo(3);
		assertThat(city.uploadedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
		assertThat(city.documentId()).isNotNull();
		assertThat(city.contacts()).extracting(LaoProgress.Contact::email).containsExactly("finance@cmcity.example");
		LaoProgress pao = byCode.get(PAO_CHIANG_MAI);
		assertThat(pao.state()).isEqualTo(ProgressState.OUT_OF_DATE);
		assertThat(pao.documentState()).isEqualTo(DocumentState.INVALID);
		assertThat(byCode.get(SAO_CHANG_PHUEAK).state()).isEqualTo(ProgressState.VALID);
		assertThat(byCode.get(SAO_KHUANG_PAO).state()).isEqualTo(ProgressState.UPLOADED);
		assertThat(chase.stream().filter(l -> l.state() == ProgressState.NOT_STARTED))
			.allSatisfy(l -> assertThat(l.documentId()).isNull())
			.hasSize(chiangMaiLaos - 4);

		List<LaoProgress> paosToChase = progress
			.chaseList(new ProgressFilter(YEAR, DocumentType.ORDINANCE, null, AgencyType.PROVINCIAL_ADMIN_ORG, null));
		assertThat(paosToChase).hasSize(75).extracting(LaoProgress::code).contains(PAO_CHIANG_MAI).doesNotContain(PAO_PHAYAO);

		List<LaoProgress> published = progress
			.chaseList(new ProgressFilter(YEAR, DocumentType.ORDINANCE, null, null, ProgressState.PUBLISHED));
		assertThat(published).extracting(LaoProgress::code).containsExactly(PAO_PHAYAO);
	}

	@Test
	void theListComesAPageAtATime() {
		ProgressFilter all = ordinance();
		LaoPage first = progress.laos(all, 0, 50);
		LaoPage second = progress.laos(all, 50, 50);
		LaoPage last = progress.laos(all, laos - 1 - 3, 50);

		assertThat(first.total()).isEqualTo(laos - 1);
		assertThat(first.laos()).hasSize(50);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(second.laos().get(0)).isNotEqualTo(first.laos().get(0));
		assertThat(second.hasPrevious()).isTrue();
		assertThat(last.laos()).hasSize(3);
		assertThat(last.hasNext()).isFalse();
		assertThat(progress.laos(all, laos + 10, 50).laos()).isEmpty();
	}

	@Test
	void theChaseListDownloadsAsCsvWithThaiHeadingsAndBuddhistEraDates() {
		data.cityContacts();
		ProgressFilter invalid = new ProgressFilter(YEAR, DocumentType.ORDINANCE, "50", null, ProgressState.INVALID);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.csv(invalid, Locale.forLanguageTag("th"), out);
		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(
				"รหัส อปท.,ชื่อ อปท.,ประเภท อปท.,จังหวัด,สถานะ,สถานะเอกสารขณะนี้,วันที่อัปโหลดล่าสุด,จำนวนข้อผิดพลาด,ผู้ติดต่อ,อีเมล,โทรศัพท์");
		assertThat(lines.get(1)).startsWith("3500102,เทศบาลนครเชียงใหม่,")
			.contains(",เชียงใหม่,มีข้อผิดพลาด,มีข้อผิดพลาด,20 พฤศจิกายน 2569,3,สมหญิง ใจดี,finance@cmcity.example,053-000-111");
	}

	@Test
	void theChaseListDownloadsAsXlsxInTheReadersLanguage() throws IOException {
		ProgressFilter paos = new ProgressFilter(YEAR, DocumentType.ORDINANCE, "50", AgencyType.PROVINCIAL_ADMIN_ORG, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.xlsx(paos, Locale.ENGLISH, out);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet(YEAR + "-ORDINANCE");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LAO code");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			XSSFRow row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(PAO_CHIANG_MAI);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Published, out of date");
			assertThat(row.getCell(5).getStringCellValue()).isNotBlank();
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("20 Nov 2569 BE");
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2.0);
		}
	}

	@Test
	@WithMockUser(roles = "AGENCY_REPORTER")
	void reportersMayNotFollowProgress() {
		assertRefused();
	}

	@Test
	@WithMockUser(roles = "AGENCY_APPROVER")
	void approversMayNotFollowProgress() {
		assertRefused();
	}

	@Test
	@WithMockUser(roles = "WORKING_GROUP_MEMBER")
	void workingGroupMembersMayNotFollowProgress() {
		assertRefused();
	}

	@Test
	@WithAnonymousUser
	void anonymousCallersMayNotFollowProgress() {
		assertRefused();
	}

	@Test
	@WithMockUser(roles = "SYSTEM_ADMIN")
	void administratorsMayFollowProgress() {
		assertThat(progress.report(ordinance()).totals().total()).isEqualTo(laos);
	}

	private void assertRefused() {
		assertThatThrownBy(() -> progress.report(ordinance())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> progress.laos(ordinance(), 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> progress.chaseList(ordinance())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> export.csv(ordinance(), Locale.ENGLISH, new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> export.xlsx(ordinance(), Locale.ENGLISH, new ByteArrayOutputStream()))
			.isInstanceOf(AccessDeniedException.class);
	}

}
