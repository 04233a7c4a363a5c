package org.sujarit.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Activities, their tags and their responsible agencies.
 */
@Repository
class ActivityRepository {

	private static final String SELECT = """
			select a.id, a.code, a.fiscal_year, a.plan_term, a.start_fy, a.end_fy, a.title_th, a.description,
			       a.timeframe_th, a.start_date, a.end_date, a.planned_budget, a.quick_win, a.emenscr_project_id,
			       a.version, s.id as source_id, s.code as source_code, s.name_th as source_name_th,
			       i.id as item_id, i.code as item_code, i.title_th as item_title_th
			from planning_activity a
			join planning_item i on i.id = a.item_id
			join planning_source s on s.id = i.source_id
			""";

	/** Short-term activities of the year and long-term ones running in it. */
	private static final String IN_YEAR = """
			(a.fiscal_year = :fy or (a.plan_term = 'LONG' and :fy between a.start_fy and a.end_fy))
			""";

	private static final String FILTER = """
			where (cast(:fy as int) is null or %s)
			  and (cast(:source as bigint) is null or s.id = :source)
			  and (cast(:group as text) is null
			       or a.id in (select activity_id from planning_activity_group_effective where working_group_code = :group))
			  and (cast(:cpi as text) is null
			       or a.id in (select activity_id from planning_activity_cpi_effective where cpi_source_code = :cpi))
			  and (cast(:agency as bigint) is null
			       or a.id in (select activity_id from planning_activity_agency where agency_id = :agency))
			  and (cast(:quickWin as boolean) is null or a.quick_win = :quickWin)
			  and (cast(:term as text) is null or a.plan_term = :term)
			  and (cast(:text as text) is null or a.title_th ilike '%%' || :text || '%%' or a.code ilike :text
			       or a.description ilike '%%' || :text || '%%')
			""".formatted(IN_YEAR);

	private final JdbcClient jdbc;

	private final EffectiveTagsCache tagsCache;

	ActivityRepository(JdbcClient jdbc, EffectiveTagsCache tagsCache) {
		this.tagsCache = tagsCache;
		this.jdbc = jdbc;
	}

	/** A page of activities in id order after {@code afterId}, all or those changed at or after {@code since}. */
	List<SearchableActivity> searchable(java.time.Instant since, long afterId, int limit) {
		return jdbc.sql("""
				select a.id, a.code, a.fiscal_year, coalesce(a.end_fy, a.fiscal_year) as last_fy, a.title_th,
				       a.description, s.code as source_code, i.title_th as item_title_th, a.updated_at
				from planning_activity a
				join planning_item i on i.id = a.item_id
				join planning_source s on s.id = i.source_id
				where a.id > :after and (cast(:since as timestamptz) is null or a.updated_at >= :since)
				order by a.id
				limit :limit
				""")
			.param("after", afterId)
			.param("since", since == null ? null : java.sql.Timestamp.from(since))
			.param("limit", limit)
			.query((rs, n) -> new SearchableActivity(rs.getLong("id"), rs.getString("code"), rs.getInt("fiscal_year"),
					rs.getInt("last_fy"), rs.getString("title_th"), rs.getString("description"),
					rs.getString("source_code"), rs.getString("item_title_th"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	Optional<ActivityRow> find(long id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ActivityRepository::row).optional();
	}

	Optional<ActivityRow> findByCode(String code) {
		return jdbc.sql(SELECT + " where a.code = :code").param("code", code).query(ActivityRepository::row).optional();
	}

	List<ActivityRow> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.id = any(cast(:ids as bigint[])) order by s.sort_order, i.sort_order, a.code")
			.param("ids", ids.toArray(Long[]::new))
			.query(ActivityRepository::row)
			.list();
	}

	List<ActivityRow> find(ActivityFilter filter, int limit, int offset) {
		return filtered(SELECT + FILTER + " order by s.sort_order, i.sort_order, a.code limit :limit offset :offset",
				filter)
			.param("limit", limit)
			.param("offset", offset)
			.query(ActivityRepository::row)
			.list();
	}

	int count(ActivityFilter filter) {
		return filtered("select count(*) from planning_activity a join planning_item i on i.id = a.item_id "
				+ "join planning_source s on s.id = i.source_id " + FILTER, filter)
			.query(Integer.class)
			.single();
	}

	List<ActivityRow> ofSource(long sourceId, Integer fiscalYear) {
		return jdbc.sql(SELECT + " where s.id = :source and (cast(:fy as int) is null or " + IN_YEAR + ")"
				+ " order by i.sort_order, a.code")
			.param("source", sourceId)
			.param("fy", fiscalYear)
			.query(ActivityRepository::row)
			.list();
	}

	/** Fiscal years that have activities, newest first; long-term plans count for every year they cover. */
	List<Integer> fiscalYears() {
		return jdbc.sql("""
				select distinct y from (
				    select generate_series(fiscal_year, coalesce(end_fy, fiscal_year)) as y from planning_activity
				) years order by y desc
				""").query(Integer.class).list();
	}

	private JdbcClient.StatementSpec filtered(String sql, ActivityFilter filter) {
		return jdbc.sql(sql)
			.param("fy", filter.fiscalYear())
			.param("source", filter.sourceId())
			.param("group", blankToNull(filter.workingGroup()))
			.param("cpi", blankToNull(filter.cpiSource()))
			.param("agency", filter.agencyId())
			.param("quickWin", filter.quickWin())
			.param("term", filter.term() == null ? null : filter.term().name())
			.param("text", blankToNull(filter.text()));
	}

	Map<Long, ActivityTerm> terms(Collection<Long> ids) {
		Map<Long, ActivityTerm> terms = new HashMap<>();
		if (ids.isEmpty()) {
			return terms;
		}
		jdbc.sql("""
				select id, plan_term, fiscal_year, coalesce(end_fy, fiscal_year) as last_year
				from planning_activity where id = any(cast(:ids as bigint[]))
				""").param("ids", ids.toArray(Long[]::new)).query(row -> {
			terms.put(row.getLong("id"), new ActivityTerm(row.getLong("id"), PlanTerm.valueOf(row.getString("plan_term")),
					row.getInt("fiscal_year"), row.getInt("last_year")));
		});
		return terms;
	}

	/** Effective CPI sources (own and inherited) per activity. */
	Map<Long, Set<String>> effectiveCpiSources(Collection<Long> ids) {
		return tags("select activity_id, cpi_source_code from planning_activity_cpi_effective where activity_id = any(cast(:ids as bigint[]))", ids);
	}

	/** Effective working groups (own, inherited and through CPI sources) per activity. */
	Map<Long, Set<String>> effectiveWorkingGroups(Collection<Long> ids) {
		return tags("select activity_id, working_group_code from planning_activity_group_effective where activity_id = any(cast(:ids as bigint[]))",
				ids);
	}

	Set<String> ownCpiSources(long id) {
		return ownCpiSources(List.of(id)).getOrDefault(id, Set.of());
	}

	Map<Long, Set<String>> ownCpiSources(Collection<Long> ids) {
		return tags("select activity_id, cpi_source_code from planning_activity_cpi_target where activity_id = any(cast(:ids as bigint[]))",
				ids);
	}

	Set<String> ownWorkingGroups(long id) {
		return tags("select activity_id, working_group_code from planning_activity_working_group where activity_id = any(cast(:ids as bigint[]))",
				List.of(id))
			.getOrDefault(id, Set.of());
	}

	private Map<Long, Set<String>> tags(String sql, Collection<Long> ids) {
		Map<Long, Set<String>> tags = new HashMap<>();
		if (ids.isEmpty()) {
			return tags;
		}
		jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).query(row -> {
			tags.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
		});
		return tags;
	}

	boolean codeTaken(String code, Long exceptId) {
		return jdbc.sql("select exists (select 1 from planning_activity where code = :code and id <> coalesce(:except, -1))")
			.param("code", code)
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	/** The next free code with the prefix, e.g. A65-120 after A65-119. */
	String nextCode(String prefix) {
		int last = jdbc.sql("""
				select coalesce(max(cast(substring(code from length(:prefix) + 1) as int)), 0)
				from planning_activity
				where code like :prefix || '%' and substring(code from length(:prefix) + 1) ~ '^[0-9]{1,9}$'
				""").param("prefix", prefix).query(Integer.class).single();
		return prefix + String.format("%03d", last + 1);
	}

	long insert(String code, ActivityDraft draft) {
		long id = bind(jdbc.sql("""
				insert into planning_activity (code, item_id, fiscal_year, plan_term, start_fy, end_fy, title_th,
				    description, timeframe_th, start_date, end_date, planned_budget, quick_win, emenscr_project_id)
				values (:code, :item, :fy, :term, :startFy, :endFy, :title, :description, :timeframe, :startDate,
				    :endDate, :budget, :quickWin, :emenscr)
				returning id
				"""), code, draft).query(Long.class).single();
		setTags(id, draft.cpiSources(), draft.workingGroups());
		return id;
	}

	int update(long id, int version, String code, ActivityDraft draft) {
		int updated = bind(jdbc.sql("""
				update planning_activity set code = :code, item_id = :item, fiscal_year = :fy, plan_term = :term,
				    start_fy = :startFy, end_fy = :endFy, title_th = :title, description = :description,
				    timeframe_th = :timeframe, start_date = :startDate, end_date = :endDate, planned_budget = :budget,
				    quick_win = :quickWin, emenscr_project_id = :emenscr, version = version + 1, updated_at = now()
				where id = :id and version = :version
				"""), code, draft).param("id", id).param("version", version).update();
		if (updated > 0) {
			setTags(id, draft.cpiSources(), draft.workingGroups());
		}
		return updated;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String code, ActivityDraft draft) {
		boolean longTerm = draft.planTerm() == PlanTerm.LONG;
		return spec.param("code", code)
			.param("item", draft.itemId())
			.param("fy", draft.fiscalYear())
			.param("term", draft.planTerm().name())
			.param("startFy", longTerm ? draft.fiscalYear() : null)
			.param("endFy", longTerm ? draft.endFy() : null)
			.param("title", draft.titleTh().strip())
			.param("description", PlanRules.trimToNull(draft.description()))
			.param("timeframe", PlanRules.trimToNull(draft.timeframeTh()))
			.param("startDate", draft.startDate())
			.param("endDate", draft.endDate())
			.param("budget", draft.plannedBudget())
			.param("quickWin", draft.quickWin())
			.param("emenscr", PlanRules.trimToNull(draft.emenscrProjectId()));
	}

	void setTags(long id, Set<String> cpiSources, Set<String> workingGroups) {
		tagsCache.changed();
		String[] cpi = cpiSources.toArray(String[]::new);
		String[] groups = workingGroups.toArray(String[]::new);
		jdbc.sql("""
				delete from planning_activity_cpi_target
				where activity_id = :id and not (cpi_source_code = any(cast(:codes as text[])))
				""").param("id", id).param("codes", cpi).update();
		jdbc.sql("""
				insert into planning_activity_cpi_target (activity_id, cpi_source_code)
				select :id, c from unnest(cast(:codes as text[])) c on conflict do nothing
				""").param("id", id).param("codes", cpi).update();
		jdbc.sql("""
				delete from planning_activity_working_group
				where activity_id = :id and not (working_group_code = any(cast(:codes as text[])))
				""").param("id", id).param("codes", groups).update();
		jdbc.sql("""
				insert into planning_activity_working_group (activity_id, working_group_code)
				select :id, c from unnest(cast(:codes as text[])) c on conflict do nothing
				""").param("id", id).param("codes", groups).update();
	}

	// --- responsible agencies

	List<Assignment> assignments(long activityId) {
		return jdbc.sql("""
				select activity_id, agency_id, role from planning_activity_agency
				where activity_id = :id
				order by case role when 'LEAD' then 0 else 1 end, id
				""").param("id", activityId).query(ActivityRepository::assignment).list();
	}

	List<Assignment> assignments(Collection<Long> activityIds) {
		if (activityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select activity_id, agency_id, role from planning_activity_agency
				where activity_id = any(cast(:ids as bigint[]))
				order by activity_id, case role when 'LEAD' then 0 else 1 end, id
				""").param("ids", activityIds.toArray(Long[]::new)).query(ActivityRepository::assignment).list();
	}

	List<Assignment> assignmentsInYear(int fiscalYear) {
		return jdbc.sql("""
				select aa.activity_id, aa.agency_id, aa.role
				from planning_activity_agency aa
				join planning_activity a on a.id = aa.activity_id
				where """ + IN_YEAR + """
				order by aa.activity_id, case aa.role when 'LEAD' then 0 else 1 end, aa.id
				""").param("fy", fiscalYear).query(ActivityRepository::assignment).list();
	}

	Map<Long, Integer> agencyCounts(Collection<Long> activityIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (activityIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select activity_id, count(*) from planning_activity_agency
				where activity_id = any(cast(:ids as bigint[])) group by activity_id
				""").param("ids", activityIds.toArray(Long[]::new)).query(row -> {
			counts.put(row.getLong(1), row.getInt(2));
		});
		return counts;
	}

	/** Adds the agencies not yet responsible, with the role; returns those added. */
	Set<Long> addAgencies(long activityId, Collection<Long> agencyIds, AgencyRole role) {
		if (agencyIds.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(jdbc.sql("""
				insert into planning_activity_agency (activity_id, agency_id, role)
				select :activity, agency, :role from unnest(cast(:agencies as bigint[])) with ordinality as u(agency, n)
				order by n
				on conflict (activity_id, agency_id) do nothing
				returning agency_id
				""")
			.param("activity", activityId)
			.param("role", role.name())
			.param("agencies", agencyIds.stream().distinct().toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	int changeRole(long activityId, long agencyId, AgencyRole role) {
		return jdbc.sql("""
				update planning_activity_agency set role = :role
				where activity_id = :activity and agency_id = :agency
				""").param("role", role.name()).param("activity", activityId).param("agency", agencyId).update();
	}

	int removeAgency(long activityId, long agencyId) {
		return jdbc.sql("delete from planning_activity_agency where activity_id = :activity and agency_id = :agency")
			.param("activity", activityId)
			.param("agency", agencyId)
			.update();
	}

	/** Agencies that have at least one activity (optionally in one fiscal year). */
	List<Long> assignedAgencies(Integer fiscalYear) {
		return jdbc.sql("""
				select distinct aa.agency_id from planning_activity_agency aa
				join planning_activity a on a.id = aa.activity_id
				where cast(:fy as int) is null or """ + IN_YEAR)
			.param("fy", fiscalYear)
			.query(Long.class)
			.list();
	}

	private static Assignment assignment(ResultSet rs, int row) throws SQLException {
		return new Assignment(rs.getLong("activity_id"), rs.getLong("agency_id"), AgencyRole.valueOf(rs.getString("role")));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static ActivityRow row(ResultSet rs, int row) throws SQLException {
		return new ActivityRow(rs.getLong("id"), rs.getString("code"), rs.getInt("fiscal_year"),
				PlanTerm.valueOf(rs.getString("plan_term")), (Integer) rs.getObject("start_fy"),
				(Integer) rs.getObject("end_fy"), rs.getString("title_th"), rs.getString("description"),
				rs.getString("timeframe_th"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), rs.getBigDecimal("planned_budget"), rs.getBoolean("quick_win"),
				rs.getString("emenscr_project_id"), rs.getInt("version"), rs.getLong("source_id"),
				rs.getString("source_code"), rs.getString("source_name_th"), rs.getLong("item_id"),
				rs.getString("item_code"), rs.getString("item_title_th"));
	}

	/** One activity row with its source and item. */
	record ActivityRow(long id, String code, int fiscalYear, PlanTerm planTerm, Integer startFy, Integer endFy,
			String titleTh, String description, String timeframeTh, LocalDate startDate, LocalDate endDate,
			BigDecimal plannedBudget, boolean quickWin, String emenscrProjectId, int version, long sourceId,
			String sourceCode, String sourceNameTh, long itemId, String itemCode, String itemTitleTh) {

		ActivitySummary summary(Set<String> cpiSources, Set<String> workingGroups) {
			return new ActivitySummary(id, code, fiscalYear, titleTh, timeframeTh, startDate, endDate, sourceId,
					sourceCode, sourceNameTh, itemId, itemCode, itemTitleTh, quickWin, cpiSources, workingGroups,
					plannedBudget);
		}

	}

}
