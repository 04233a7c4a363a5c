package org.sujarit.reporting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads reports as the search index needs them, in pages by id: every report, the ones changed since a
 * time (their row or their evidence), or those of one activity.
 */
@Repository
class SearchRepository {

	private static final String SELECT = """
			select r.id, r.round_id, o.fiscal_year, o.kind, r.activity_id, r.activity_code, r.agency_id,
			       r.source_code, r.working_groups, r.state, r.narrative, r.problems, r.suggestions, r.updated_at,
			       array(select e.original_name from reporting_evidence e
			             where e.report_id = r.id and e.removed_at is null order by e.id) as evidence
			from reporting_report r
			join reporting_round o on o.id = r.round_id
			""";

	private final JdbcClient jdbc;

	SearchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SearchableReport> page(Instant since, Long activityId, long afterId, int limit) {
		return jdbc.sql(SELECT + """
				where r.id > :after
				  and (cast(:activity as bigint) is null or r.activity_id = :activity)
				  and (cast(:since as timestamptz) is null or r.updated_at >= :since
				       or exists (select 1 from reporting_evidence e where e.report_id = r.id
				                  and (e.uploaded_at >= :since or e.removed_at >= :since)))
				order by r.id
				limit :limit
				""")
			.param("after", afterId)
			.param("activity", activityId)
			.param("since", since == null ? null : Timestamp.from(since))
			.param("limit", limit)
			.query(SearchRepository::map)
			.list();
	}

	Optional<SearchableReport> find(long id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(SearchRepository::map).optional();
	}

	private static SearchableReport map(ResultSet rs, int row) throws SQLException {
		return new SearchableReport(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("fiscal_year"),
				RoundKind.valueOf(rs.getString("kind")), rs.getLong("activity_id"), rs.getString("activity_code"),
				rs.getLong("agency_id"), rs.getString("source_code"), Set.copyOf(strings(rs.getArray("working_groups"))),
				ReportState.valueOf(rs.getString("state")), rs.getString("narrative"), rs.getString("problems"),
				rs.getString("suggestions"), strings(rs.getArray("evidence")), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
