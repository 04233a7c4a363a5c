package org.sujarit.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * Tables written in bulk get one audit entry per statement with every row's image; the table here is
 * created inside each test's transaction and goes with its rollback.
 */
@IntegrationTest
@Transactional
class AuditByStatementIntegrationTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void bulkTable() {
		jdbc.sql("create table audit_bulk_probe (id bigint primary key, item text, amount numeric, raw text)").update();
		jdbc.sql("select audit_table_by_statement('audit_bulk_probe', 'raw')").query((rs, n) -> 1).single();
	}

	@Test
	void aMultiRowInsertIsOneEntryHoldingEveryRowInIdOrderWithoutTheExcludedColumn() throws Exception {
		long before = headSeq();
		Actor.runAs("loader", () -> jdbc.sql("""
				insert into audit_bulk_probe values (3, 'ค่าตอบแทน', 30, 'x'), (1, 'เงินเดือน', 10, 'y'), (2, 'ค่าจ้าง', 20, 'z')
				""").update());
		List<AuditEntry> entries = entriesAfter(before);
		assertThat(entries).hasSize(1);
		AuditEntry entry = entries.get(0);
		assertThat(entry.action()).isEqualTo("INSERT");
		assertThat(entry.actor()).isEqualTo("loader");
		assertThat(entry.entityId()).isNull();
		assertThat(entry.before()).isNull();
		JsonNode after = JSON.readTree(entry.after());
		assertThat(after.isArray()).isTrue();
		assertThat(after).extracting(row -> row.get("id").asLong()).containsExactly(1L, 2L, 3L);
		assertThat(after.get(0).get("item").asText()).isEqualTo("เงินเดือน");
		assertThat(after.get(0).has("raw")).isFalse();
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aSingleRowChangeReadsLikeARowLevelEntry() throws Exception {
		jdbc.sql("insert into audit_bulk_probe values (1, 'เงินเดือน', 10, 'y'), (2, 'ค่าจ้าง', 20, 'z')").update();
		long before = headSeq();
		jdbc.sql("update audit_bulk_probe set amount = 11 where id = 1").update();
		AuditEntry entry = entriesAfter(before).get(0);
		assertThat(entry.action()).isEqualTo("UPDATE");
		assertThat(entry.entityId()).isEqualTo("1");
		assertThat(JSON.readTree(entry.before()).get("amount").asInt()).isEqualTo(10);
		assertThat(JSON.readTree(entry.after()).get("amount").asInt()).isEqualTo(11);
		assertThat(audit.history("audit_bulk_probe", "1")).extracting(AuditEntry::action).containsExactly("UPDATE");
	}

	@Test
	void anUpdateListsOnlyTheRowsItChangedAndAnUpdateThatChangesNothingIsNotLogged() throws Exception {
		jdbc.sql("insert into audit_bulk_probe values (1, 'ก', 10, 'a'), (2, 'ข', 20, 'b'), (3, 'ค', 30, 'c')").update();
		long before = headSeq();
		jdbc.sql("update audit_bulk_probe set amount = amount * 2 where id >= 2").update();
		jdbc.sql("update audit_bulk_probe set amount = amount").update();
		// a change to an excluded column alone is no change of what is logged
		jdbc.sql("update audit_bulk_probe set raw = 'changed'").update();
		List<AuditEntry> entries = entriesAfter(before);
		assertThat(entries).hasSize(1);
		JsonNode old = JSON.readTree(entries.get(0).before());
		JsonNode now = JSON.readTree(entries.get(0).after());
		assertThat(old).extracting(row -> row.get("amount").asInt()).containsExactly(20, 30);
		assertThat(now).extracting(row -> row.get("amount").asInt()).containsExactly(40, 60);
	}

	@Test
	void aMultiRowDeleteKeepsEveryDeletedRow() throws Exception {
		jdbc.sql("insert into audit_bulk_probe values (1, 'ก', 10, 'a'), (2, 'ข', 20, 'b')").update();
		long before = headSeq();
		jdbc.sql("delete from audit_bulk_probe").update();
		jdbc.sql("delete from audit_bulk_probe").update();
		List<AuditEntry> entries = entriesAfter(before);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).action()).isEqualTo("DELETE");
		assertThat(entries.get(0).after()).isNull();
		assertThat(JSON.readTree(entries.get(0).before())).extracting(row -> row.get("item").asText())
			.containsExactly("ก", "ข");
	}

	private long headSeq() {
		return audit.head().map(AuditEntry::seq).orElse(0L);
	}

	/** This table's entries after {@code seq}, oldest first (reading joins the staged ones to the chain). */
	private List<AuditEntry> entriesAfter(long seq) {
		return audit.recent(null, "audit_bulk_probe", 100)
			.stream()
			.filter(entry -> entry.seq() > seq)
			.sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
			.toList();
	}

}
