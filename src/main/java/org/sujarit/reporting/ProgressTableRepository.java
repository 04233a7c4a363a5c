package org.sujarit.reporting;

import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams a round's reports in table order without holding them all in memory (PostgreSQL returns rows in
 * batches only inside a transaction with a fetch size).
 */
@Repository
class ProgressTableRepository {

	private final JdbcTemplate jdbc;

	ProgressTableRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(500);
	}

	java.util.List<Long> agencyIds(long roundId) {
		return jdbc.queryForList("select distinct agency_id from reporting_report where round_id = ?", Long.class, roundId);
	}

	@Transactional(readOnly = true)
	void stream(long roundId, boolean acceptedOnly, Consumer<ProgressRow> sink) {
		jdbc.query("""
				select activity_id, source_code, agency_id, agency_role, state, progress_status, narrative
				from reporting_report
				where round_id = ?
				order by source_code nulls last, activity_code, activity_id, agency_role desc, agency_id
				""", rs -> {
			ReportState state = ReportState.valueOf(rs.getString("state"));
			boolean include = acceptedOnly ? state == ReportState.ACCEPTED : state.received();
			sink.accept(new ProgressRow(rs.getLong("activity_id"), rs.getString("source_code"), rs.getLong("agency_id"),
					rs.getString("agency_role"), state, ReportRepository.progress(rs.getString("progress_status")),
					include ? rs.getString("narrative") : null));
		}, roundId);
	}

}
