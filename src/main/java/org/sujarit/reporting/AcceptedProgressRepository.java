package org.sujarit.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads accepted progress: the latest per activity (for the CPI portfolios) and a published round's, for
 * the public. Narratives of reports that are not accepted are never selected.
 */
@Repository
class AcceptedProgressRepository {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final JdbcClient jdbc;

	AcceptedProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One query for all the activities: the newest round first, then the lead, then the latest acceptance. */
	List<Latest> latest(Collection<Long> activityIds) {
		if (activityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from (
				    select r.id, r.activity_id, r.agency_id, r.agency_role, r.working_groups, r.progress_status,
				           left(r.narrative, 2000) as narrative, r.accepted_at, d.id as round_id, d.fiscal_year,
				           d.kind, d.title_th, d.published,
				           row_number() over (partition by r.activity_id
				               order by d.period_end desc, d.id desc, case r.agency_role when 'LEAD' then 0 else 1 end,
				                        r.accepted_at desc nulls last, r.id) as n,
				           count(*) over (partition by r.activity_id, r.round_id) as in_round
				    from reporting_report r
				    join reporting_round d on d.id = r.round_id
				    where r.activity_id = any(cast(:ids as bigint[])) and r.state = 'ACCEPTED'
				) latest
				where n = 1
				""").param("ids", activityIds.stream().distinct().toArray(Long[]::new)).query(AcceptedProgressRepository::latest).list();
	}

	/**
	 * Every report of the round on an activity that has at least one accepted report (of the source, if
	 * given), in table order; only accepted ones carry a status and narrative.
	 */
	List<PublishedRow> published(long roundId, String sourceCode) {
		return jdbc.sql("""
				select r.activity_id, r.activity_code, r.source_code, r.agency_id, r.agency_role,
				       r.state = 'ACCEPTED' as accepted,
				       case when r.state = 'ACCEPTED' then r.progress_status end as progress_status,
				       case when r.state = 'ACCEPTED' then r.narrative end as narrative,
				       case when r.state = 'ACCEPTED' then r.accepted_at end as accepted_at
				from reporting_report r
				where r.round_id = :round
				  and (cast(:source as text) is null or r.source_code = :source)
				  and r.activity_id in (select activity_id from reporting_report
				                        where round_id = :round and state = 'ACCEPTED')
				order by r.source_code nulls last, r.activity_code, r.activity_id,
				         case r.agency_role when 'LEAD' then 0 else 1 end, r.agency_id
				""").param("round", roundId).param("source", sourceCode).query((rs, n) -> {
			Instant accepted = ReportRepository.instant(rs.getTimestamp("accepted_at"));
			return new PublishedRow(rs.getLong("activity_id"), rs.getString("activity_code"), rs.getString("source_code"),
					rs.getLong("agency_id"), rs.getString("agency_role"), rs.getBoolean("accepted"),
					ReportRepository.progress(rs.getString("progress_status")), rs.getString("narrative"),
					accepted == null ? null : LocalDate.ofInstant(accepted, BANGKOK));
		}).list();
	}

	/** Activities and reports of the round per source, and how many are accepted. */
	List<SourceRow> counts(long roundId) {
		return jdbc.sql("""
				select source_code, count(distinct activity_id) as activities,
				       count(distinct activity_id) filter (where state = 'ACCEPTED') as with_progress,
				       count(*) as expected, count(*) filter (where state = 'ACCEPTED') as accepted
				from reporting_report
				where round_id = :round
				group by source_code
				order by source_code nulls last
				""").param("round", roundId)
			.query((rs, n) -> new SourceRow(rs.getString("source_code"), rs.getInt("activities"), rs.getInt("with_progress"),
					rs.getInt("expected"), rs.getInt("accepted")))
			.list();
	}

	private static Latest latest(ResultSet rs, int n) throws SQLException {
		return new Latest(rs.getLong("id"), rs.getLong("activity_id"), rs.getLong("agency_id"), rs.getString("agency_role"),
				strings(rs.getArray("working_groups")), ReportRepository.progress(rs.getString("progress_status")),
				rs.getString("narrative"), ReportRepository.instant(rs.getTimestamp("accepted_at")), rs.getLong("round_id"),
				rs.getInt("fiscal_year"), RoundKind.valueOf(rs.getString("kind")), rs.getString("title_th"),
				rs.getBoolean("published"), rs.getInt("in_round"));
	}

	private static Set<String> strings(Array array) throws SQLException {
		return array == null ? Set.of() : Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
	}

	record Latest(long reportId, long activityId, long agencyId, String agencyRole, Set<String> workingGroups,
			ProgressStatus status, String narrative, Instant acceptedAt, long roundId, int fiscalYear, RoundKind kind,
			String roundTitleTh, boolean published, int inRound) {
	}

	record PublishedRow(long activityId, String activityCode, String sourceCode, long agencyId, String agencyRole,
			boolean accepted, ProgressStatus status, String narrative, LocalDate acceptedOn) {
	}

	record SourceRow(String sourceCode, int activities, int withProgress, int expected, int accepted) {
	}

}
