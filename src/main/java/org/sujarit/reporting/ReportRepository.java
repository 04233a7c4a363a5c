package org.sujarit.reporting;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

	private static final String SELECT = """
			select id, round_id, activity_id, agency_id, agency_role, source_code, working_groups, state,
			       progress_status, narrative, problems, suggestions, budget_allocated, budget_disbursed, links,
			       warning_reasons::text as warning_reasons, revision, first_submitted_at, submitted_at,
			       approved_at, accepted_at, return_reason, updated_at, updated_by, version
			from reporting_report
			""";

	/**
	 * Reports not yet received whose round's due date has passed (Bangkok calendar day). Needs the round
	 * joined as {@code o} (see {@link #FROM}): a sub-select per report cost more than the scan itself.
	 */
	static final String OVERDUE = """
			(r.state in ('EXPECTED', 'DRAFT', 'RETURNED')
			 and o.due_date < (now() at time zone 'Asia/Bangkok')::date)
			""";

	/** Reports with their round, which {@link #OVERDUE} and the on-time count read. */
	private static final String FROM = """
			from reporting_report r
			join reporting_round o on o.id = r.round_id
			""";

	/**
	 * Reports alone, for finding a page and counting: joining every report of a round to its round only
	 * to keep those that exist doubled the cost of a deep page (the round is a foreign key).
	 */
	private static final String FROM_REPORTS = """
			from reporting_report r
			""";

	/**
	 * {@link #OVERDUE} without the round joined, for the filter: evaluated only when overdue reports are
	 * asked for (with custom plans, {@code not false or ...} leaves the query).
	 */
	private static final String OVERDUE_OF_ROUND = """
			(r.state in ('EXPECTED', 'DRAFT', 'RETURNED')
			 and exists (select 1 from reporting_round due where due.id = r.round_id
			             and due.due_date < (now() at time zone 'Asia/Bangkok')::date))
			""";

	private static final String FILTER = """
			where (cast(:round as bigint) is null or r.round_id = :round)
			  and (cardinality(cast(:agencies as bigint[])) = 0 or r.agency_id = any(cast(:agencies as bigint[])))
			  and (cardinality(cast(:states as text[])) = 0 or r.state = any(cast(:states as text[])))
			  and (cast(:source as text) is null or r.source_code = :source)
			  and (cast(:group as text) is null or cast(:group as text) = any(r.working_groups))
			  and (cast(:agencyType as text) is null or r.agency_type = :agencyType)
			  and (cast(:province as text) is null or r.province_code = :province)
			  and (cast(:parent as bigint) is null or r.parent_agency_id = :parent)
			  and (cast(:activity as bigint) is null or r.activity_id = :activity)
			  and (not :overdueOnly or """ + OVERDUE_OF_ROUND + ")\n";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ReportRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	int insertExpected(long roundId, List<ExpectedReport> expected) {
		int inserted = 0;
		for (int from = 0; from < expected.size(); from += 500) {
			List<ExpectedReport> batch = expected.subList(from, Math.min(expected.size(), from + 500));
			inserted += jdbc.sql("""
					insert into reporting_report (round_id, activity_id, agency_id, agency_role, activity_code,
					       source_code, working_groups, cpi_sources, agency_type, province_code, parent_agency_id)
					select :round, e.activity_id, e.agency_id, e.agency_role, e.activity_code, e.source_code,
					       coalesce(string_to_array(nullif(e.working_groups, ''), '|'), '{}'),
					       coalesce(string_to_array(nullif(e.cpi_sources, ''), '|'), '{}'),
					       e.agency_type, e.province_code, e.parent_agency_id
					from unnest(cast(:activities as bigint[]), cast(:agencies as bigint[]), cast(:roles as text[]),
					            cast(:codes as text[]), cast(:sources as text[]), cast(:groups as text[]),
					            cast(:cpi as text[]), cast(:types as text[]), cast(:provinces as text[]),
					            cast(:parents as bigint[]))
					     as e(activity_id, agency_id, agency_role, activity_code, source_code, working_groups,
					          cpi_sources, agency_type, province_code, parent_agency_id)
					on conflict (round_id, activity_id, agency_id) do nothing
					""")
				.param("round", roundId)
				.param("activities", batch.stream().map(ExpectedReport::activityId).toArray(Long[]::new))
				.param("agencies", batch.stream().map(ExpectedReport::agencyId).toArray(Long[]::new))
				.param("roles", batch.stream().map(ExpectedReport::agencyRole).toArray(String[]::new))
				.param("codes", batch.stream().map(ExpectedReport::activityCode).toArray(String[]::new))
				.param("sources", batch.stream().map(ExpectedReport::sourceCode).toArray(String[]::new))
				.param("groups", batch.stream().map(e -> String.join("|", e.workingGroups())).toArray(String[]::new))
				.param("cpi", batch.stream().map(e -> String.join("|", e.cpiSources())).toArray(String[]::new))
				.param("types", batch.stream().map(ExpectedReport::agencyType).toArray(String[]::new))
				.param("provinces", batch.stream().map(ExpectedReport::provinceCode).toArray(String[]::new))
				.param("parents", batch.stream().map(ExpectedReport::parentAgencyId).toArray(Long[]::new))
				.update();
		}
		return inserted;
	}

	Optional<Report> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	/** The latest accepted report on the same activity by the same agency in an earlier round. */
	Optional<Long> previousAccepted(Report report) {
		return jdbc.sql("""
				select r.id from reporting_report r
				join reporting_round o on o.id = r.round_id
				where r.activity_id = :activity and r.agency_id = :agency and r.state = 'ACCEPTED'
				  and r.round_id <> :round
				  and o.period_end < (select period_end from reporting_round where id = :round)
				order by o.period_end desc limit 1
				""")
			.param("activity", report.activityId())
			.param("agency", report.agencyId())
			.param("round", report.roundId())
			.query(Long.class)
			.optional();
	}

	/**
	 * One page of the filter's reports. The page's ids are found first (from the index alone when only
	 * the round is filtered), then only their rows are read.
	 */
	List<ReportListItem> list(ReportFilter filter, int limit, int offset) {
		return bind(jdbc.sql("""
				select r.id, r.round_id, r.activity_id, r.activity_code, r.agency_id, r.agency_role, r.source_code,
				       r.state, r.progress_status, r.updated_at, r.first_submitted_at,
				""" + OVERDUE + """
				       as overdue
				from (select r.id
				""" + FROM_REPORTS + FILTER + """
				      order by r.source_code nulls last, r.activity_code, r.agency_id, r.id
				      limit :limit offset :offset) page
				join reporting_report r on r.id = page.id
				join reporting_round o on o.id = r.round_id
				order by r.source_code nulls last, r.activity_code, r.agency_id, r.id
				"""), filter).param("limit", limit).param("offset", offset).query((rs, n) -> new ReportListItem(
						rs.getLong("id"), rs.getLong("round_id"), rs.getLong("activity_id"),
						rs.getString("activity_code"), rs.getLong("agency_id"), rs.getString("agency_role"),
						rs.getString("source_code"), ReportState.valueOf(rs.getString("state")),
						progress(rs.getString("progress_status")), instant(rs.getTimestamp("updated_at")),
						instant(rs.getTimestamp("first_submitted_at")), rs.getBoolean("overdue")))
			.list();
	}

	int count(ReportFilter filter) {
		return bind(jdbc.sql("select count(*) " + FROM_REPORTS + FILTER), filter).query(Integer.class)
			.single();
	}

	/** Counts per workflow state, overdue and on-time, grouped by one classification column. */
	List<RoundCounts> counts(ReportFilter filter, Grouping grouping) {
		return bind(jdbc.sql("""
				select %s as grp, %s
				%s %s
				%s
				group by 1
				order by 1 nulls last
				""".formatted(grouping.expression, COUNTS, FROM, grouping.join, FILTER)), filter)
			.query((rs, n) -> counts(rs, rs.getString("grp")))
			.list();
	}

	/**
	 * The counts by each of the plain column groupings (those without a join), from one pass over the
	 * reports instead of one per grouping.
	 */
	Map<Grouping, List<RoundCounts>> countsByColumns(ReportFilter filter) {
		List<Grouping> columns = Grouping.COLUMNS;
		String sets = columns.stream().map(g -> "(" + g.expression + ")").collect(Collectors.joining(", "));
		String values = columns.stream().map(g -> g.expression).collect(Collectors.joining(", "));
		Map<Grouping, List<RoundCounts>> result = new EnumMap<>(Grouping.class);
		columns.forEach(g -> result.put(g, new ArrayList<>()));
		bind(jdbc.sql("""
				select grouping(%s) as grouping_set, %s, %s
				%s
				%s
				group by grouping sets (%s)
				""".formatted(values, values, COUNTS, FROM, FILTER, sets)), filter)
			.query(rs -> {
				// grouping() sets the bit of each column the row is NOT grouped by; the first column is the
				// highest bit
				int set = rs.getInt("grouping_set");
				for (int i = 0; i < columns.size(); i++) {
					if ((set & (1 << (columns.size() - 1 - i))) == 0) {
						result.get(columns.get(i)).add(counts(rs, rs.getString(2 + i)));
					}
				}
			});
		Comparator<RoundCounts> byGroup = Comparator.comparing(RoundCounts::group,
				Comparator.nullsLast(Comparator.naturalOrder()));
		result.replaceAll((grouping, list) -> list.stream().sorted(byGroup).toList());
		return result;
	}

	private static final String COUNTS = """
			count(*) as expected,
			count(*) filter (where r.first_submitted_at is not null) as received,
			count(*) filter (where r.state = 'SUBMITTED') as submitted,
			count(*) filter (where r.state = 'APPROVED') as approved,
			count(*) filter (where r.state = 'ACCEPTED') as accepted,
			count(*) filter (where r.state = 'RETURNED') as returned,
			count(*) filter (where r.state in ('EXPECTED', 'DRAFT')) as not_submitted,
			count(*) filter (where %s) as overdue,
			count(*) filter (where r.first_submitted_at is not null
			      and (r.first_submitted_at at time zone 'Asia/Bangkok')::date
			          <= o.due_date) as on_time
			""".formatted(OVERDUE);

	private static RoundCounts counts(ResultSet rs, String group) throws SQLException {
		return new RoundCounts(group, rs.getInt("expected"), rs.getInt("received"), rs.getInt("submitted"),
				rs.getInt("approved"), rs.getInt("accepted"), rs.getInt("returned"), rs.getInt("not_submitted"),
				rs.getInt("overdue"), rs.getInt("on_time"));
	}

	int updateContent(long id, int version, ReportDraft draft, ReportState state, String actor) {
		return jdbc.sql("""
				update reporting_report
				set progress_status = :status, narrative = :narrative, problems = :problems,
				    suggestions = :suggestions, budget_allocated = :allocated, budget_disbursed = :disbursed,
				    links = cast(:links as text[]), warning_reasons = cast(:reasons as jsonb), state = :state,
				    revision = revision + 1, updated_at = now(), updated_by = :actor, version = version + 1
				where id = :id and version = :version
				""")
			.param("status", draft.progressStatus() == null ? null : draft.progressStatus().name())
			.param("narrative", draft.narrative())
			.param("problems", draft.problems())
			.param("suggestions", draft.suggestions())
			.param("allocated", draft.budgetAllocated())
			.param("disbursed", draft.budgetDisbursed())
			.param("links", draft.links().toArray(String[]::new))
			.param("reasons", write(draft.warningReasons()))
			.param("state", state.name())
			.param("actor", actor)
			.param("id", id)
			.param("version", version)
			.update();
	}

	/** Moves a report to its next state, stamping who and when for that step. */
	int transition(long id, int version, ReportState from, ReportState to, String actor, String reason) {
		String stamp = switch (to) {
			case SUBMITTED -> "submitted_at = now(), submitted_by = :actor, first_submitted_at = coalesce(first_submitted_at, now()),";
			case APPROVED -> "approved_at = now(), approved_by = :actor,";
			case ACCEPTED -> "accepted_at = now(), accepted_by = :actor,";
			case RETURNED -> "returned_at = now(), returned_by = :actor, return_reason = :reason,";
			default -> "";
		};
		return jdbc.sql("""
				update reporting_report
				set state = :to, %s updated_at = now(), updated_by = :actor, version = version + 1
				where id = :id and version = :version and state = :from
				""".formatted(stamp))
			.param("to", to.name())
			.param("from", from.name())
			.param("actor", actor)
			.param("reason", reason)
			.param("id", id)
			.param("version", version)
			.update();
	}

	List<KpiActual> kpis(long reportId) {
		return jdbc.sql("select kpi_id, kpi_version, actual, note from reporting_report_kpi where report_id = :id order by kpi_id")
			.param("id", reportId)
			.query((rs, n) -> new KpiActual(rs.getLong("kpi_id"), rs.getInt("kpi_version"), rs.getBigDecimal("actual"),
					rs.getString("note")))
			.list();
	}

	Map<Long, BigDecimal> kpiActuals(long reportId) {
		Map<Long, BigDecimal> actuals = new java.util.HashMap<>();
		for (KpiActual kpi : kpis(reportId)) {
			if (kpi.actual() != null) {
				actuals.put(kpi.kpiId(), kpi.actual());
			}
		}
		return actuals;
	}

	void saveKpis(long reportId, List<KpiActual> kpis) {
		for (KpiActual kpi : kpis) {
			jdbc.sql("""
					insert into reporting_report_kpi (report_id, kpi_id, kpi_version, actual, note)
					values (:report, :kpi, :version, :actual, :note)
					on conflict (report_id, kpi_id) do update
					set kpi_version = excluded.kpi_version, actual = excluded.actual, note = excluded.note
					where (reporting_report_kpi.kpi_version, reporting_report_kpi.actual, reporting_report_kpi.note)
					      is distinct from (excluded.kpi_version, excluded.actual, excluded.note)
					""")
				.param("report", reportId)
				.param("kpi", kpi.kpiId())
				.param("version", kpi.kpiVersion())
				.param("actual", kpi.actual())
				.param("note", kpi.note())
				.update();
		}
	}

	void saveVersion(long reportId, int revision, String event, String snapshot, String reason, String actor) {
		jdbc.sql("""
				insert into reporting_report_version (report_id, revision, event, snapshot, reason, created_by)
				values (:report, :revision, :event, cast(:snapshot as jsonb), :reason, :actor)
				on conflict (report_id, revision, event) do nothing
				""")
			.param("report", reportId)
			.param("revision", revision)
			.param("event", event)
			.param("snapshot", snapshot)
			.param("reason", reason)
			.param("actor", actor)
			.update();
	}

	List<ReportVersion> versions(long reportId) {
		return jdbc.sql("""
				select id, report_id, revision, event, snapshot::text as snapshot, reason, created_at, created_by
				from reporting_report_version where report_id = :report order by id
				""")
			.param("report", reportId)
			.query((rs, n) -> new ReportVersion(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("revision"),
					rs.getString("event"), rs.getString("snapshot"), rs.getString("reason"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	/**
	 * The newest {@code limit} history lines of a report's versions, oldest first; snapshots are read only
	 * to compare.
	 */
	List<ReportVersionEntry> versionEntries(long reportId, int limit) {
		return jdbc.sql("""
				select id, revision, event, reason, created_at, created_by from (
				    select id, revision, event, reason, created_at, created_by
				    from reporting_report_version where report_id = :report order by id desc limit :limit) newest
				order by id
				""")
			.param("report", reportId)
			.param("limit", limit)
			.query((rs, n) -> new ReportVersionEntry(rs.getLong("id"), rs.getInt("revision"), rs.getString("event"),
					rs.getString("reason"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	int versionCount(long reportId) {
		return jdbc.sql("select count(*) from reporting_report_version where report_id = :report")
			.param("report", reportId)
			.query(Integer.class)
			.single();
	}

	void addComment(long reportId, int revision, String field, String comment, String actor) {
		jdbc.sql("""
				insert into reporting_review_comment (report_id, revision, field, comment, created_by)
				values (:report, :revision, :field, :comment, :actor)
				""")
			.param("report", reportId)
			.param("revision", revision)
			.param("field", field)
			.param("comment", comment)
			.param("actor", actor)
			.update();
	}

	List<ReviewComment> comments(long reportId) {
		return jdbc.sql("""
				select id, report_id, revision, field, comment, created_at, created_by
				from reporting_review_comment where report_id = :report order by id
				""")
			.param("report", reportId)
			.query((rs, n) -> new ReviewComment(rs.getLong("id"), rs.getLong("report_id"), rs.getInt("revision"),
					rs.getString("field"), rs.getString("comment"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by")))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ReportFilter filter) {
		return spec.param("round", filter.roundId())
			.param("agencies", filter.agencyIds().toArray(Long[]::new))
			.param("states", filter.states().stream().map(Enum::name).toArray(String[]::new))
			.param("source", blankToNull(filter.sourceCode()))
			.param("group", blankToNull(filter.workingGroup()))
			.param("agencyType", blankToNull(filter.agencyType()))
			.param("province", blankToNull(filter.provinceCode()))
			.param("parent", filter.parentAgencyId())
			.param("activity", filter.activityId())
			.param("overdueOnly", filter.overdueOnly());
	}

	private Report map(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("activity_id"), rs.getLong("agency_id"),
				rs.getString("agency_role"), rs.getString("source_code"), strings(rs.getArray("working_groups")),
				ReportState.valueOf(rs.getString("state")), progress(rs.getString("progress_status")),
				rs.getString("narrative"), rs.getString("problems"), rs.getString("suggestions"),
				rs.getBigDecimal("budget_allocated"), rs.getBigDecimal("budget_disbursed"),
				List.copyOf(strings(rs.getArray("links"))), read(rs.getString("warning_reasons")), rs.getInt("revision"),
				instant(rs.getTimestamp("first_submitted_at")), instant(rs.getTimestamp("submitted_at")),
				instant(rs.getTimestamp("approved_at")), instant(rs.getTimestamp("accepted_at")),
				rs.getString("return_reason"), instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"),
				rs.getInt("version"));
	}

	private String write(Map<String, String> reasons) {
		try {
			return json.writeValueAsString(reasons);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, String> read(String text) {
		try {
			return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, String>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> strings(Array array) throws SQLException {
		return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}

	static ProgressStatus progress(String value) {
		return value == null ? null : ProgressStatus.valueOf(value);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** Columns a round's counts can be grouped by. */
	enum Grouping {

		ROUND("r.round_id::text", ""), SOURCE("r.source_code", ""),
		WORKING_GROUP("wg.code", "left join lateral unnest(r.working_groups) as wg(code) on true"),
		AGENCY_TYPE("r.agency_type", ""), PROVINCE("r.province_code", ""),
		PARENT_AGENCY("r.parent_agency_id::text", ""), AGENCY("r.agency_id::text", "");

		/** The groupings counted together in one pass: plain columns with few distinct values. */
		static final List<Grouping> COLUMNS = List.of(ROUND, SOURCE, AGENCY_TYPE, PROVINCE, PARENT_AGENCY);

		final String expression;

		final String join;

		Grouping(String expression, String join) {
			this.expression = expression;
			this.join = join;
		}

	}

}
