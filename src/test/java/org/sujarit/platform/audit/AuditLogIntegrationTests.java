package org.sujarit.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

@IntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aWriterDoesNotWaitForAnotherWritersOpenTransactionAndTheChainFollowsCommitOrder() throws SQLException {
		long before = audit.head().map(AuditEntry::seq).orElse(0L);
		try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
			slow.setAutoCommit(false);
			quick.setAutoCommit(false);
			execute(slow, "insert into directory_province (code, name_th) values ('T7', 'ช้า')");
			// had the chain's lock been taken at the first write, this would wait for the slow transaction
			execute(quick, "set local lock_timeout = '3s'");
			execute(quick, "insert into directory_province (code, name_th) values ('T8', 'เร็ว')");
			quick.commit();
			slow.commit();
		}
		try {
			var entries = audit.recent(null, "directory_province", 2);
			// newest first: the slow transaction committed last, so its entry follows the quick one's
			assertThat(entries.get(0).after()).contains("\"T7\"");
			assertThat(entries.get(1).after()).contains("\"T8\"");
			assertThat(entries.get(1).seq()).isGreaterThan(before);
			assertThat(audit.verify().intact()).isTrue();
		}
		finally {
			jdbc.sql("delete from directory_province where code in ('T7', 'T8')").update();
		}
	}

	@Test
	void aRolledBackChangeLeavesNothingBehind() throws SQLException {
		long before = audit.head().map(AuditEntry::seq).orElse(0L);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			execute(connection, "insert into directory_province (code, name_th) values ('T6', 'ยกเลิก')");
			connection.rollback();
		}
		assertThat(audit.head().map(AuditEntry::seq).orElse(0L)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_pending").query(Long.class).single()).isZero();
	}

	@Test
	void aReadOnlyTransactionCannotWriteSoItNeedsNoActor() throws SQLException {
		// ActorAwareDataSource skips the actor tag in read-only transactions: this is why that is safe
		try (Connection connection = dataSource.getConnection()) {
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			assertThatThrownBy(() -> execute(connection,
					"insert into directory_province (code, name_th) values ('T5', 'อ่านอย่างเดียว')"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("read-only transaction");
			connection.rollback();
			connection.setAutoCommit(true);
			connection.setReadOnly(false);
		}
		assertThat(jdbc.sql("select count(*) from directory_province where code = 'T5'").query(Long.class).single())
			.isZero();
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Test
	@Transactional
	void recordsRowChangesWithTheActorAndBeforeAndAfterImages() {
		Actor.runAs("tester", () -> {
			jdbc.sql("insert into directory_province (code, name_th) values ('99', 'ทดสอบ')").update();
			jdbc.sql("update directory_province set name_th = 'ทดสอบแก้ไข' where code = '99'").update();
		});
		var recent = audit.recent(null, "directory_province", 2);
		assertThat(recent).hasSize(2);
		assertThat(recent.get(0).action()).isEqualTo("UPDATE");
		assertThat(recent.get(0).actor()).isEqualTo("tester");
		assertThat(recent.get(0).before()).contains("ทดสอบ");
		assertThat(recent.get(0).after()).contains("ทดสอบแก้ไข");
		assertThat(recent.get(1).action()).isEqualTo("INSERT");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	@Transactional
	void aRecordsRecentTimelineIsItsNewestEntriesOldestFirst() {
		for (int i = 1; i <= 5; i++) {
			audit.record("STEP-" + i, "timeline_thing", "7", null);
		}
		audit.record("OTHER", "timeline_thing", "8", null);

		assertThat(audit.recentTimeline("timeline_thing", "7", 3)).extracting(AuditEvent::action)
			.containsExactly("STEP-3", "STEP-4", "STEP-5");
		assertThat(audit.count("timeline_thing", "7")).isEqualTo(5);
		assertThat(audit.timeline("timeline_thing", "7")).hasSize(5);
	}

	@Test
	@Transactional
	void anEventsDetailGivenAsNamesAndValuesIsWrittenAsJson() {
		java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
		detail.put("written", 3);
		detail.put("province", null);
		detail.put("state", java.time.DayOfWeek.MONDAY);
		detail.put("file", "งบประมาณ \"2569\".csv");

		audit.recordDetail("TEST_DETAIL", "detail_thing", "1", detail);

		assertThat(audit.history("detail_thing", "1")).singleElement()
			.satisfies(entry -> assertThat(entry.after()).isEqualTo(
					"{\"file\": \"งบประมาณ \\\"2569\\\".csv\", \"state\": \"MONDAY\", \"written\": 3, \"province\": null}"));
	}

	@Test
	@Transactional
	void refusesToUpdateOrDeleteAuditEntriesThroughTheApplication() {
		audit.record("TEST", "nothing", "1", null);
		assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'someone else'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	@Transactional
	void detectsAnEntryAlteredBehindTheApplicationsBack() {
		audit.record("TEST", "thing", "42", "{\"amount\": 100}");
		audit.record("TEST", "thing", "43", null);
		// both entries joined the chain (at the latest when read): the first is the one before the head
		long seq = audit.head().orElseThrow().seq() - 1;
		tamper("update audit_log set after = '{\"amount\": 1}' where seq = " + seq);
		ChainVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.CONTENT_ALTERED);
	}

	@Test
	@Transactional
	void detectsADeletedEntry() {
		audit.record("TEST", "thing", "1", null);
		audit.record("TEST", "thing", "2", null);
		// both entries joined the chain (at the latest when read): the first is the one before the head
		long seq = audit.head().orElseThrow().seq() - 1;
		tamper("delete from audit_log where seq = " + seq);
		ChainVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ENTRY_MISSING);
	}

	@Test
	@Transactional
	void detectsARehashedEntryByItsBrokenLink() {
		audit.record("TEST", "thing", "1", null);
		audit.record("TEST", "thing", "2", null);
		// both entries joined the chain (at the latest when read): the first is the one before the head
		long seq = audit.head().orElseThrow().seq() - 1;
		// an attacker who recomputes the altered entry's own hash still breaks the next entry's link
		tamper("update audit_log set actor = 'mallory' where seq = " + seq);
		tamper("""
				update audit_log set hash = encode(sha256(convert_to(audit_canonical(seq, occurred_at, actor, action,
				    entity, entity_id, before, after, prev_hash), 'UTF8')), 'hex') where seq = """ + seq);
		ChainVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.LINK_BROKEN);
	}

	@Test
	@Transactional
	void detectsTheNewestEntriesDeletedAfterTheyWereAnchored(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
		AuditAnchors anchors = new AuditAnchors(dir.resolve("anchors.log"));
		audit.record("TEST", "thing", "1", null);
		audit.record("TEST", "thing", "2", null);
		long newest = audit.head().orElseThrow().seq();
		anchors.write(newest, audit.head().orElseThrow().hash());
		assertThat(audit.verify(anchors).intact()).isTrue();
		// the remaining chain still links up, but the anchor remembers the deleted head
		tamper("delete from audit_log where seq = " + newest);
		ChainVerification result = audit.verify(anchors);
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSeq()).isEqualTo(newest);
		assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ENTRY_MISSING);
	}

	/** Acts as a database superuser would, outside the application: rolled back with the test. */
	private void tamper(String sql) {
		jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
		jdbc.sql(sql).update();
		jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
	}

}
