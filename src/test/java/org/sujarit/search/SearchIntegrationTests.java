package org.sujarit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.sujarit.planning.Planning;
import org.sujarit.planning.SourceDraft;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.OpenRound;
import org.sujarit.reporting.ProgressStatus;
import org.sujarit.reporting.ReportDraft;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.ReportListItem;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundKind;

/**
 * Search over real reports on the real database: compounds and digits, filters, the read rule per role,
 * updates after a draft save or an evidence upload, and an index that is deleted, corrupted or left behind
 * while the application was down.
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	Search search;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	Reporting reporting;

	@Autowired
	Planning planning;

	@Autowired
	Directory directory;

	@Autowired
	SearchProperties properties;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A word no other test writes, so only this test's reports match it. */
	String marker;

	String source;

	long agencyA;

	long agencyB;

	long bribery;

	long effectiveness;

	Round round;

	@BeforeEach
	void twoAgenciesTwoActivitiesAndARound() {
		marker = "zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		source = "S" + marker.toUpperCase(java.util.Locale.ROOT);
		as(coordinator(), () -> {
			agencyA = directory.saveAgency(new NewAgency("A-" + marker, "กรมทดสอบค้นหา ก " + marker, null, null,
					AgencyType.DEPARTMENT, null, null, null));
			agencyB = directory.saveAgency(new NewAgency("B-" + marker, "กรมทดสอบค้นหา ข " + marker, null, null,
					AgencyType.DEPARTMENT, null, null, null));
			long sourceId = planning.createSource(new SourceDraft(source, "ข้อเสนอทดสอบค้นหา", null, null, null, null, true));
			long item1 = planning.createItem(sourceId, new ItemDraft(null, "1", ItemLevel.AREA, "ด้านสินบน", null, Set.of(), Set.of("BRIBERY")));
			long item2 = planning.createItem(sourceId, new ItemDraft(null, "2", ItemLevel.AREA, "ด้านประสิทธิภาพ", null, Set.of(), Set.of("EFFECTIVENESS")));
			bribery = planning.createActivity(new ActivityDraft(item1, null, 2569, null, null,
					"โครงการป้องกันการติดสินบนในการออกใบอนุญาต", null, null, null, null, null, false, null, Set.of("WEF"),
					Set.of("BRIBERY"), true));
			effectiveness = planning.createActivity(new ActivityDraft(item2, null, 2569, null, null,
					"โครงการพัฒนาช่องทางร้องเรียนการทุจริต", null, null, null, null, null, false, null, Set.of("PERC"),
					Set.of("EFFECTIVENESS"), true));
			planning.assign(bribery, List.of(agencyA, agencyB), AgencyRole.LEAD);
			planning.assign(effectiveness, List.of(agencyA), AgencyRole.LEAD);
			round = reporting.openRound(new OpenRound(2569, RoundKind.CUSTOM, "ทดสอบค้นหา " + marker,
					LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31), LocalDate.now().plusDays(10)));
			return null;
		});
	}

	@AfterEach
	void indexIsOpenForTheNextTest() {
		if (!index.ready()) {
			indexer.start();
		}
	}

	@Test
	void aSavedDraftIsFoundAtOnceByItsWordsCompoundsAndThaiDigits() {
		long report = report(agencyA, bribery);
		save(agencyA, report, "ตรวจพบการติดสินบนเจ้าหน้าที่ในปีงบประมาณ 2565 " + marker);
		indexed(Map.of(report, "DRAFT"));

		SearchResults results = as(coordinator(), () -> search.search(request("สินบน " + marker)));
		assertThat(results.total()).isEqualTo(1);
		SearchHit hit = results.hits().get(0);
		assertThat(hit.kind()).isEqualTo(SearchHit.Kind.REPORT);
		assertThat(hit.id()).isEqualTo(report);
		assertThat(hit.link()).isEqualTo("/reporting/reports/" + report);
		assertThat(hit.state()).isEqualTo("DRAFT");
		assertThat(hit.titleHtml()).contains("ป้องกัน");
		assertThat(String.join(" ", hit.fragments())).contains("<mark>ติดสินบน</mark>").contains("<mark>" + marker + "</mark>");
		assertThat(as(coordinator(), () -> search.search(request("๒๕๖๕ " + marker))).total()).isEqualTo(1);
		assertThat(as(coordinator(), () -> search.search(request("การทุจริตคอร์รัปชัน " + marker))).total()).isZero();

		save(agencyA, report, "มาตรการป้องกันการทุจริตคอร์รัปชัน " + marker);
		eventually(() -> assertThat(as(coordinator(), () -> search.search(request("เจ้าหน้าที่ " + marker))).total()).isZero());
		assertThat(as(coordinator(), () -> search.search(request("ทุจริต " + marker))).total()).isEqualTo(1);
	}

	@Test
	void fragmentsAreEscapedHtmlWithOnlyTheMarks() {
		long report = report(agencyA, bribery);
		save(agencyA, report, "<script>alert('x')</script> & สินบน " + marker);
		indexed(Map.of(report, "DRAFT"));
		SearchHit hit = as(coordinator(), () -> search.search(request(marker))).hits().get(0);
		assertThat(String.join(" ", hit.fragments())).doesNotContain("<script>")
			.contains("&lt;script&gt;")
			.contains("&amp;")
			.contains("<mark>" + marker + "</mark>");
	}

	@Test
	void everyoneFindsOnlyWhatTheyMayRead() {
		long a1 = report(agencyA, bribery);
		long a2 = report(agencyA, effectiveness);
		long b1 = report(agencyB, bribery);
		save(agencyA, a1, "ผลการป้องกันสินบน " + marker);
		save(agencyA, a2, "ผลการพัฒนาช่องทาง " + marker);
		save(agencyB, b1, "ผลของกรม ข " + marker);
		accept(agencyA, a1);
		accept(agencyA, a2);
		indexed(Map.of(a1, "ACCEPTED", a2, "ACCEPTED", b1, "DRAFT"));

		assertThat(found(coordinator(), marker)).containsExactlyInAnyOrder(a1, a2, b1);
		assertThat(found(admin(), marker)).containsExactlyInAnyOrder(a1, a2, b1);
		// an agency's users: their own agency's reports only
		assertThat(found(reporter(agencyA), marker)).containsExactlyInAnyOrder(a1, a2);
		assertThat(found(reporter(agencyB), marker)).containsExactly(b1);
		// (สินบน is in A's narrative and in the activity's title, which B's report carries too)
		assertThat(found(approver(agencyB), "สินบน " + marker)).containsExactly(b1);
		// a working group: accepted reports of activities aimed at it, of any agency
		assertThat(found(member("BRIBERY"), marker)).containsExactly(a1);
		assertThat(found(member("EFFECTIVENESS"), marker)).containsExactly(a2);
		assertThat(found(member("OVERSIGHT"), marker)).isEmpty();
		// a user tied to no agency and no working group: no reports at all
		assertThat(found(new SujaritUser(9, "nobody.it", "x", "ไม่มีสังกัด", null, Set.of(Role.AGENCY_REPORTER), null, true),
				marker)).isEmpty();
		// the counts of the agency filter follow the same rule
		assertThat(as(reporter(agencyB), () -> search.search(request(marker))).agencies())
			.extracting(SearchResults.AgencyCount::agencyId)
			.containsExactly(agencyB);
		// activities are for every signed-in user
		assertThat(as(reporter(agencyB), () -> search.search(request("ร้องเรียน ช่องทาง"))).hits())
			.anySatisfy(hit -> assertThat(hit.link()).isEqualTo("/planning/activities/" + effectiveness));
	}

	@Test
	void filtersNarrowTheHits() {
		long a1 = report(agencyA, bribery);
		long a2 = report(agencyA, effectiveness);
		long b1 = report(agencyB, bribery);
		save(agencyA, a1, "หนึ่ง " + marker);
		save(agencyA, a2, "สอง " + marker);
		save(agencyB, b1, "สาม " + marker);
		accept(agencyA, a1);
		indexed(Map.of(a1, "ACCEPTED", a2, "DRAFT", b1, "DRAFT"));

		assertThat(filtered(new SearchRequest(marker, 2569, round.id(), source, null, null, 1, 10))).containsExactlyInAnyOrder(a1, a2, b1);
		assertThat(filtered(new SearchRequest(marker, 2565, null, null, null, null, 1, 10))).isEmpty();
		assertThat(filtered(new SearchRequest(marker, null, round.id() + 100_000, null, null, null, 1, 10))).isEmpty();
		assertThat(filtered(new SearchRequest(marker, null, null, "NO-SUCH-SOURCE", null, null, 1, 10))).isEmpty();
		assertThat(filtered(new SearchRequest(marker, null, null, null, agencyB, null, 1, 10))).containsExactly(b1);
		assertThat(filtered(new SearchRequest(marker, null, null, null, null, ReportState.ACCEPTED, 1, 10))).containsExactly(a1);
		assertThat(filtered(new SearchRequest(marker, null, null, null, null, ReportState.DRAFT, 1, 10))).containsExactlyInAnyOrder(a2, b1);
		SearchResults page2 = as(coordinator(), () -> search.search(new SearchRequest(marker, null, null, null, null, null, 2, 2)));
		assertThat(page2.total()).isEqualTo(3);
		assertThat(page2.pages()).isEqualTo(2);
		assertThat(page2.hits()).hasSize(1);
	}

	@Test
	void evidenceFileNamesAreFound() {
		long report = report(agencyA, bribery);
		save(agencyA, report, "มีหลักฐานแนบ " + marker);
		int version = as(reporter(agencyA), () -> reporting.report(report)).version();
		var evidence = as(reporter(agencyA), () -> reporting.attach(report, version,
				new ByteArrayInputStream("บันทึกการประชุม".getBytes(StandardCharsets.UTF_8)), "บันทึก_ฮั้วประมูล.txt"));
		eventually(() -> assertThat(found(coordinator(), "ฮั้ว ประมูล " + marker)).containsExactly(report));
		as(reporter(agencyA), () -> {
			reporting.detach(evidence.id());
			return null;
		});
		eventually(() -> assertThat(found(coordinator(), "ฮั้ว " + marker)).isEmpty());
	}

	@Test
	void queriesUsersMightTypeGiveClearAnswers() {
		assertThatThrownBy(() -> as(coordinator(), () -> search.search(request("   "))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("search.query.empty"));
		assertThatThrownBy(() -> as(coordinator(), () -> search.search(request("ก".repeat(201)))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("search.query.too-long"));
		assertThatThrownBy(() -> as(coordinator(), () -> search.search(request("\"(*:~ && || การ"))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("search.query.no-words"));
		long report = report(agencyA, bribery);
		save(agencyA, report, "สินบน " + marker);
		indexed(Map.of(report, "DRAFT"));
		// Lucene's syntax is not syntax here: the words are still found
		assertThat(found(coordinator(), "สินบน (" + marker + "~) \" -")).containsExactly(report);
		assertThat(found(coordinator(), "title:" + marker + "*")).isEmpty();
	}

	@Test
	void aRebuildKeepsAnsweringAndFindsTheSame() throws IOException {
		long report = report(agencyA, bribery);
		save(agencyA, report, "สินบน " + marker);
		indexed(Map.of(report, "DRAFT"));
		Path before = currentDirectory();
		indexer.rebuild();
		assertThat(currentDirectory()).isNotEqualTo(before);
		assertThat(before).doesNotExist();
		assertThat(found(coordinator(), "สินบน " + marker)).containsExactly(report);
	}

	@Test
	void aDeletedIndexIsRebuiltAtStart() throws IOException {
		long report = report(agencyA, bribery);
		save(agencyA, report, "สินบน " + marker);
		indexed(Map.of(report, "DRAFT"));
		index.destroy();
		deleteTree(properties.indexDir());
		indexer.start();
		assertThat(found(coordinator(), "สินบน " + marker)).containsExactly(report);
	}

	@Test
	void aCorruptIndexIsRebuiltAtStart() throws IOException {
		long report = report(agencyA, bribery);
		save(agencyA, report, "สินบน " + marker);
		indexed(Map.of(report, "DRAFT"));
		Path dir = currentDirectory();
		index.destroy();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				if (bytes.length > 40) {
					bytes[bytes.length / 2] ^= 0x5A; // one flipped byte: the checksum no longer matches
					Files.write(file, bytes);
				}
			}
		}
		assertThat(index.open()).isFalse();
		indexer.start();
		assertThat(currentDirectory()).isNotEqualTo(dir);
		assertThat(found(coordinator(), "สินบน " + marker)).containsExactly(report);
	}

	@Test
	void changesMadeWhileTheIndexWasClosedAreCaughtUpAtStart() {
		long report = report(agencyA, bribery);
		save(agencyA, report, "ฉบับแรกเรื่องอบรม " + marker);
		indexed(Map.of(report, "DRAFT"));
		index.destroy(); // as if the application stopped (or crashed) here
		// a change no event announces (written while the application was down): only the catch-up finds it
		jdbc.sql("update reporting_report set narrative = :text, updated_at = now() where id = :id")
			.param("text", "การติดสินบนที่บันทึกระหว่างปิด " + marker)
			.param("id", report)
			.update();
		assertThat(index.ready()).isFalse();
		indexer.start();
		assertThat(index.status().ready()).isTrue();
		assertThat(found(coordinator(), "สินบน " + marker)).containsExactly(report);
		assertThat(found(coordinator(), "อบรม " + marker)).isEmpty();
	}

	@Test
	void theWatermarkIsKeptInTheCommitAndMovesOnCatchUp() {
		java.time.Instant before = index.watermark();
		assertThat(before).isNotNull();
		indexer.catchUp();
		assertThat(index.watermark()).isAfterOrEqualTo(before);
		index.destroy();
		assertThat(index.open()).isTrue();
		assertThat(index.watermark()).isAfterOrEqualTo(before);
	}

	// helpers

	/**
	 * Waits until the index holds exactly these reports (id → state) for the marker: events reach the index
	 * asynchronously, after the change commits.
	 */
	private void indexed(Map<Long, String> reports) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(as(coordinator(), () -> search.search(request(marker))).hits()
				.stream()
				.filter(hit -> hit.kind() == SearchHit.Kind.REPORT)
				.collect(java.util.stream.Collectors.toMap(SearchHit::id, SearchHit::state))).isEqualTo(reports));
	}

	private void eventually(Runnable assertion) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(assertion::run);
	}

	private List<Long> found(SujaritUser user, String text) {
		return as(user, () -> search.search(request(text))).hits()
			.stream()
			.filter(hit -> hit.kind() == SearchHit.Kind.REPORT)
			.map(SearchHit::id)
			.toList();
	}

	private List<Long> filtered(SearchRequest request) {
		return as(coordinator(), () -> search.search(request)).hits().stream().map(SearchHit::id).toList();
	}

	private static SearchRequest request(String text) {
		return new SearchRequest(text, null, null, null, null, null, 1, 50);
	}

	private long report(long agency, long activity) {
		List<ReportListItem> reports = as(coordinator(), () -> reporting.reports(
				new ReportFilter(round.id(), Set.of(agency), null, null, null, null, null, null, false, activity), 10, 0));
		return reports.get(0).id();
	}

	private void save(long agency, long report, String narrative) {
		as(reporter(agency), () -> reporting.saveDraft(report, reporting.report(report).version(), draft(narrative)));
	}

	private void accept(long agency, long report) {
		as(reporter(agency), () -> {
			var current = reporting.report(report);
			reporting.submit(report, current.version(), draft(current.narrative()));
			return null;
		});
		as(approver(agency), () -> {
			reporting.approve(report, reporting.report(report).version());
			return null;
		});
		as(coordinator(), () -> {
			reporting.accept(report, reporting.report(report).version());
			return null;
		});
	}

	private static ReportDraft draft(String narrative) {
		return new ReportDraft(ProgressStatus.ON_TRACK, narrative, null, null, null, null, null, null, Map.of());
	}

	private Path currentDirectory() throws IOException {
		return properties.indexDir().resolve(Files.readString(properties.indexDir().resolve(SearchIndex.CURRENT)).strip());
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
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

	static SujaritUser coordinator() {
		return new SujaritUser(3, "coordinator.it", "x", "ผู้ประสานงาน", null, Set.of(Role.COORDINATOR), null, true);
	}

	static SujaritUser admin() {
		return new SujaritUser(2, "admin.it", "x", "ผู้ดูแล", null, Set.of(Role.SYSTEM_ADMIN), null, true);
	}

	static SujaritUser reporter(long agency) {
		return new SujaritUser(4, "reporter.it", "x", "ผู้รายงาน", agency, Set.of(Role.AGENCY_REPORTER), null, true);
	}

	static SujaritUser approver(long agency) {
		return new SujaritUser(5, "approver.it", "x", "ผู้อนุมัติ", agency, Set.of(Role.AGENCY_APPROVER), null, true);
	}

	static SujaritUser member(String group) {
		return new SujaritUser(6, "wg.it", "x", "คณะทำงาน", null, Set.of(Role.WORKING_GROUP_MEMBER), group, true);
	}

}
