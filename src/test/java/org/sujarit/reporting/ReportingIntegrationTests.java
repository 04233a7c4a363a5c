package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.planning.ActivityDraft;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.ItemDraft;
import org.sujarit.planning.ItemLevel;
import org.sujarit.planning.KpiDraft;
import org.sujarit.planning.Planning;
import org.sujarit.planning.SourceDraft;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * The reporting workflow through the module's facade on the real database, with real planning and
 * directory data: assignment → round → draft → submit → approve → return → resubmit → accept.
 */
@IntegrationTest
class ReportingIntegrationTests {

	@Autowired
	Reporting reporting;

	@Autowired
	ReportRepository reportRepository;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	AuditLog audit;

	long agency;

	long secondAgency;

	long activity;

	long kpi;

	String activityTitle;

	Round round;

	@BeforeEach
	void assignAnActivityAndOpenARound() {
		String unique = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		as(coordinator(), () -> {
			agency = directory.saveAgency(new NewAgency("T-" + unique, "กรมทดสอบ " + unique, null, null,
					AgencyType.DEPARTMENT, null, null, null));
			secondAgency = directory.saveAgency(new NewAgency("T2-" + unique, "กรมทดสอบที่สอง " + unique, null, null,
					AgencyType.DEPARTMENT, null, null, null));
			long source = planning.createSource(new SourceDraft("S" + unique, "ข้อเสนอทดสอบ " + unique, null, null, null, null, true));
			long item = planning.createItem(source, new ItemDraft(null, "1", ItemLevel.AREA, "ด้านทดสอบ", null, Set.of(), Set.of("BRIBERY")));
			activityTitle = "โครงการอบรมคุณธรรม " + unique;
			activity = planning.createActivity(new ActivityDraft(item, null, 2569, null, null, activityTitle,
					null, "ต.ค. 68 – ก.ย. 69", null, null, new BigDecimal("500000"), false, null, Set.of("WEF"),
					Set.of("BRIBERY"), true));
			kpi = planning.addKpi(activity, new KpiDraft("ผู้ผ่านการอบรม", "คน", BigDecimal.ZERO, new BigDecimal("300"), true, null));
			planning.assign(activity, List.of(agency), AgencyRole.LEAD);
			round = reporting.openRound(new OpenRound(2569, RoundKind.CUSTOM, "ทดสอบ " + unique, LocalDate.of(2025, 10, 1),
					LocalDate.of(2026, 3, 31), LocalDate.now().plusDays(10)));
			return null;
		});
	}

	@Test
	void aReportGoesThroughReviewAndIsLockedWhenAccepted() {
		long id = ownReport(agency);
		ReportDraft incomplete = new ReportDraft(ProgressStatus.ON_TRACK, null, null, null, null, null, null, null, null);
		as(reporter(agency), () -> reporting.saveDraft(id, 0, incomplete));
		assertThatThrownBy(() -> as(reporter(agency), () -> {
			reporting.submit(id, 1, incomplete);
			return null;
		})).isInstanceOfSatisfying(ReportRulesException.class, ex -> assertThat(ex.violations())
			.extracting(RuleViolation::code)
			.containsExactlyInAnyOrder("reporting.rule.narrative-required", "reporting.rule.kpi-required"));

		as(reporter(agency), () -> run(() -> reporting.submit(id, 1, complete("อบรม 2 รุ่น"))));
		assertThat(as(reporter(agency), () -> reporting.report(id)).state()).isEqualTo(ReportState.SUBMITTED);
		assertThatThrownBy(() -> as(reporter(agency), () -> run(() -> reporting.submit(id, 2, complete("อบรม 2 รุ่น")))))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("reporting.workflow.already-done"));

		int version = as(approver(agency), () -> reporting.report(id)).version();
		as(approver(agency), () -> run(() -> reporting.approve(id, version)));
		int approved = as(coordinator(), () -> reporting.report(id)).version();
		assertThatThrownBy(() -> as(coordinator(), () -> run(() -> reporting.sendBack(id, approved, " ", Map.of()))))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("reporting.review.reason-required"));
		as(coordinator(), () -> run(() -> reporting.sendBack(id, approved, "ขอผลเชิงคุณภาพ",
				Map.of("narrative", "เพิ่มผลความพึงพอใจ"))));
		ReportView returned = as(reporter(agency), () -> reporting.view(id));
		assertThat(returned.report().state()).isEqualTo(ReportState.RETURNED);
		assertThat(returned.report().returnReason()).isEqualTo("ขอผลเชิงคุณภาพ");
		assertThat(returned.latestComments()).containsEntry("narrative", "เพิ่มผลความพึงพอใจ");

		as(reporter(agency), () -> run(() -> reporting.submit(id, returned.report().version(),
				complete("อบรม 2 รุ่น ความพึงพอใจร้อยละ 83.24"))));
		as(approver(agency), () -> run(() -> reporting.approve(id, reporting.report(id).version())));
		as(coordinator(), () -> run(() -> reporting.accept(id, reporting.report(id).version())));

		ReportView accepted = as(reporter(agency), () -> reporting.view(id));
		assertThat(accepted.report().state()).isEqualTo(ReportState.ACCEPTED);
		assertThat(accepted.allowedSteps()).isEmpty();
		assertThat(accepted.versions()).extracting(ReportVersionEntry::event)
			.containsSubsequence("SAVED", "SUBMITTED", "APPROVED", "RETURNED", "SUBMITTED", "APPROVED", "ACCEPTED");
		ReportVersionEntry resubmitted = accepted.versions().get(accepted.versions().size() - 3);
		VersionComparison comparison = as(coordinator(), () -> reporting.compare(id, resubmitted.id()));
		assertThat(comparison.changes()).extracting(VersionComparison.FieldChange::field).contains("narrative", "state");
		assertThat(audit.history("reporting_report", Long.toString(id))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(as(reporter(agency), () -> reporting.auditHistory(id)))
			.extracting(org.sujarit.platform.audit.AuditEvent::seq)
			.isEqualTo(audit.history("reporting_report", Long.toString(id)).stream().map(e -> e.seq()).toList());
		assertThat(audit.verify().intact()).isTrue();

		assertThatThrownBy(() -> as(coordinator(), () -> run(() -> reporting.reopen(id, reporting.report(id).version(), ""))))
			.isInstanceOf(DomainException.class);
		as(coordinator(), () -> run(() -> reporting.reopen(id, reporting.report(id).version(), "แก้ไขตัวเลขงบประมาณ")));
		assertThat(as(reporter(agency), () -> reporting.report(id)).state()).isEqualTo(ReportState.RETURNED);
	}

	@Test
	void aStaleVersionIsRefusedAndTheSavedContentIsKept() {
		long id = ownReport(agency);
		as(reporter(agency), () -> reporting.saveDraft(id, 0, complete("ฉบับแรก")));
		assertThatThrownBy(() -> as(reporter(agency), () -> reporting.saveDraft(id, 0, complete("ฉบับที่เขียนทับ"))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(as(reporter(agency), () -> reporting.report(id)).narrative()).isEqualTo("ฉบับแรก");
	}

	@Test
	void negativeNumbersAreRefusedWithoutLosingTheSavedDraft() {
		long id = ownReport(agency);
		as(reporter(agency), () -> reporting.saveDraft(id, 0, complete("เนื้อหาเดิม")));
		ReportDraft negative = new ReportDraft(ProgressStatus.ON_TRACK, "ใหม่", null, null, new BigDecimal("-5"), null,
				null, null, null);
		assertThatThrownBy(() -> as(reporter(agency), () -> reporting.saveDraft(id, 1, negative)))
			.isInstanceOf(ReportRulesException.class);
		assertThat(as(reporter(agency), () -> reporting.report(id)).narrative()).isEqualTo("เนื้อหาเดิม");
	}

	@Test
	void agenciesAssignedAfterTheRoundOpenedOweAReportToo() {
		as(coordinator(), () -> planning.assign(activity, List.of(secondAgency), AgencyRole.CO));
		ReportFilter filter = new ReportFilter(round.id(), null, null, null, null, null, null, null, false, activity);
		// reporting hears of the assignment through an event delivered after planning's transaction commits
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(as(coordinator(), () -> reporting.reports(filter, 10, 0)))
				.extracting(ReportListItem::agencyId)
				.containsExactlyInAnyOrder(agency, secondAgency));
		RoundCounts counts = as(coordinator(), () -> reporting.counts(filter, Reporting.CountBy.ROUND)).get(0);
		assertThat(counts.expected()).isEqualTo(2);
		assertThat(counts.received()).isZero();
		assertThat(counts.completeness()).isEqualByComparingTo("0.0");
	}

	@Test
	void theDashboardCountsShowEachStepAtOnceThoughTheyAreKeptForSeconds() {
		long id = ownReport(agency);
		ReportFilter filter = new ReportFilter(round.id(), null, null, null, null, null, null, null, false, activity);
		assertThat(counted(filter).submitted()).isZero();

		as(reporter(agency), () -> run(() -> reporting.submit(id, 0, complete("ส่งแล้ว"))));
		assertThat(counted(filter).submitted()).isEqualTo(1);
		as(approver(agency), () -> run(() -> reporting.approve(id, reporting.report(id).version())));
		assertThat(counted(filter).approved()).isEqualTo(1);
		as(coordinator(), () -> run(() -> reporting.sendBack(id, reporting.report(id).version(), "ขาดหลักฐาน", Map.of())));
		assertThat(counted(filter).returned()).isEqualTo(1);
	}

	@Test
	void countingEveryColumnGroupingInOnePassAgreesWithCountingEachAlone() {
		long id = ownReport(agency);
		as(reporter(agency), () -> run(() -> reporting.submit(id, 0, complete("ส่งแล้ว"))));
		ReportFilter filter = ReportFilter.ofRound(round.id());

		Map<ReportRepository.Grouping, List<RoundCounts>> together = reportRepository.countsByColumns(filter);

		assertThat(together).containsOnlyKeys(ReportRepository.Grouping.COLUMNS);
		for (ReportRepository.Grouping grouping : ReportRepository.Grouping.COLUMNS) {
			assertThat(together.get(grouping)).as(grouping.name())
				.isNotEmpty()
				.isEqualTo(reportRepository.counts(filter, grouping));
		}
	}

	@Test
	void onlyReportsOfARoundPastItsDueDateAreListedAsOverdue() {
		Round late = as(coordinator(), () -> reporting.openRound(new OpenRound(2569, RoundKind.CUSTOM, "ล่าช้า " + activity,
				LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), LocalDate.now().minusDays(1))));
		ReportFilter overdueOfLate = new ReportFilter(late.id(), null, null, null, null, null, null, null, true, activity);
		ReportFilter overdueOfOpen = new ReportFilter(round.id(), null, null, null, null, null, null, null, true, activity);

		assertThat(reportRepository.count(overdueOfLate)).isEqualTo(1);
		assertThat(reportRepository.list(overdueOfLate, 50, 0)).singleElement()
			.satisfies(item -> assertThat(item.overdue()).isTrue());
		assertThat(reportRepository.count(overdueOfOpen)).isZero();
		assertThat(reportRepository.list(overdueOfOpen, 50, 0)).isEmpty();
	}

	private RoundCounts counted(ReportFilter filter) {
		return as(coordinator(), () -> reporting.counts(filter, Reporting.CountBy.ROUND)).get(0);
	}

	@Test
	void theRoundExportsOneRowPerActivityWithItsAgencies() throws Exception {
		long id = ownReport(agency);
		as(reporter(agency), () -> run(() -> reporting.submit(id, 0, complete("ผลงานที่ส่งออก"))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		as(coordinator(), () -> run(() -> {
			try {
				reporting.exportProgress(round.id(), false, Reporting.ExportFormat.XLSX, Locale.forLanguageTag("th"), out);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ข้อเสนอแนะจากหน่วยงาน");
			// other tests' activities of the same fiscal year are in the round too: find ours
			var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
				.filter(r -> r.getRowNum() > 1 && r.getCell(2).getStringCellValue().equals(activityTitle))
				.findFirst()
				.orElseThrow();
			assertThat(row.getCell(4).getStringCellValue()).startsWith("กรมทดสอบ");
			assertThat(row.getCell(5).getStringCellValue()).contains("ผลงานที่ส่งออก");
		}
	}

	private long ownReport(long agencyId) {
		return as(reporter(agencyId), () -> reporting.reports(ReportFilter.ofRound(round.id()), 10, 0)).get(0).id();
	}

	private ReportDraft complete(String narrative) {
		return new ReportDraft(ProgressStatus.ON_TRACK, narrative, null, null, new BigDecimal("500000"),
				new BigDecimal("250000.50"), List.of("https://www.opdc.go.th/"),
				List.of(new KpiActual(kpi, 0, new BigDecimal("120"), null)), Map.of());
	}

	static <T> T as(SujaritUser user, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	static Object run(Runnable work) {
		work.run();
		return null;
	}

	static SujaritUser coordinator() {
		return new SujaritUser(3, "coordinator.it", "x", "ผู้ประสานงาน", null, Set.of(Role.COORDINATOR), null, true);
	}

	static SujaritUser reporter(long agency) {
		return new SujaritUser(4, "reporter.it", "x", "ผู้รายงาน", agency, Set.of(Role.AGENCY_REPORTER), null, true);
	}

	static SujaritUser approver(long agency) {
		return new SujaritUser(5, "approver.it", "x", "ผู้อนุมัติ", agency, Set.of(Role.AGENCY_APPROVER), null, true);
	}

}
