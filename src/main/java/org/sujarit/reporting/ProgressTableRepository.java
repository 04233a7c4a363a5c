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

	/** Accepted reports only, of the given activities (all if empty), in the same order as {@link #stream}. */
	@Transactional(readOnly = true)
	void streamAccepted(long roundId, java.util.Collection<Long> activityIds, Consumer<ProgressRow> sink) {
		Long[] ids = activityIds.isEmpty() ? null : activityIds.toArray(Long[]::new);
		jdbc.query(con -> {
			var statement = con.prepareStatement("""
					select activity_id, source_code, agency_id, agency_role, state, progress_status, narrative
					from reporting_report
					where round_id = ? and state = 'ACCEPTED' and (?::bigint[] is null or activity_id = any(?::bigint[]))
					order by source_code nulls last, activity_code, activity_id, agency_role desc, agency_id
					""");
			statement.setFetchSize(500);
			statement.setLong(1, roundId);
			java.sql.Array array = ids == null ? null : con.createArrayOf("bigint", ids);
			statement.setArray(2, array);
			statement.setArray(3, array);
			return statement;
		}, rs -> {
			sink.accept(new ProgressRow(rs.getLong("activity_id"), rs.getString("source_code"), rs.getLong("agency_id"),
					rs.getString("agency_role"), ReportState.ACCEPTED, ReportRepository.progress(rs.getString("progress_status")),
					rs.getString("narrative")));
		});
	}

	/** Accepted reports per activity and progress status (a report without a status counts under null). */
	java.util.List<Object[]> acceptedCounts(long roundId) {
		return jdbc.query("""
				select activity_id, progress_status, count(*) as reports
				from reporting_report
				where round_id = ? and state = 'ACCEPTED'
				group by activity_id, progress_status
				""", (rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3) }, roundId);
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
