package org.sujarit.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.IntegrationTest;

/**
 * No code path may change business data without an audit entry: every table except the infrastructure
 * ones must carry the audit trigger, row-level or, for tables written in bulk, statement-level for each
 * of insert, update and delete.
 */
@IntegrationTest
class AuditCoverageIntegrationTests {

	/** Infrastructure tables whose rows are not business data. */
	static final Set<String> NOT_BUSINESS_DATA = Set.of("audit_log", "audit_pending", "flyway_schema_history", "spring_session",
			"spring_session_attributes", "event_publication", "platform_sign_in_failure");

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBusinessTableIsAudited() {
		List<String> unaudited = jdbc.sql("""
				select c.relname
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
				where c.relkind in ('r', 'p')
				  and not c.relispartition
				  and not exists (
				      select 1 from pg_trigger t
				      join pg_proc p on p.oid = t.tgfoid
				      where t.tgrelid = c.oid and p.proname = 'audit_row_change' and not t.tgisinternal)
				  and (select count(distinct t.tgtype & 28) from pg_trigger t
				       join pg_proc p on p.oid = t.tgfoid
				       where t.tgrelid = c.oid and p.proname = 'audit_statement_change' and not t.tgisinternal) < 3
				order by c.relname
				""").query(String.class).list().stream().filter(table -> !NOT_BUSINESS_DATA.contains(table)).toList();
		assertThat(unaudited).as("tables without the audit trigger (select audit_table('name') or audit_table_by_statement('name') in a migration)")
			.isEmpty();
	}

}
