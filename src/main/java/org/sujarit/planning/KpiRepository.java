package org.sujarit.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * KPIs and their versioned definitions. A KPI's {@code version} names its current definition; changing it
 * is an optimistic-locked bump plus a new definition row, so earlier definitions are never overwritten.
 */
@Repository
class KpiRepository {

	private final JdbcClient jdbc;

	KpiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Current definitions of the activity's KPIs that are still measured. */
	List<Kpi> current(long activityId) {
		return jdbc.sql("""
				select k.id, k.activity_id, d.name_th, d.unit_th, d.baseline, d.target, d.higher_is_better, d.version
				from planning_kpi k
				join planning_kpi_definition d on d.kpi_id = k.id and d.version = k.version
				where k.activity_id = :activity and k.retired_at is null
				order by k.sort_order, k.id
				""").param("activity", activityId).query(KpiRepository::kpi).list();
	}

	Optional<Kpi> find(long kpiId) {
		return jdbc.sql("""
				select k.id, k.activity_id, d.name_th, d.unit_th, d.baseline, d.target, d.higher_is_better, d.version
				from planning_kpi k
				join planning_kpi_definition d on d.kpi_id = k.id and d.version = k.version
				where k.id = :id
				""").param("id", kpiId).query(KpiRepository::kpi).optional();
	}

	/** Every KPI of the activity (retired ones too) with all its definitions, oldest first. */
	List<KpiHistory> histories(long activityId) {
		Map<Long, List<KpiVersion>> versions = new LinkedHashMap<>();
		jdbc.sql("""
				select d.kpi_id, d.version, d.name_th, d.unit_th, d.baseline, d.target, d.higher_is_better,
				       d.valid_from, d.changed_by, d.change_reason
				from planning_kpi_definition d
				join planning_kpi k on k.id = d.kpi_id
				where k.activity_id = :activity
				order by d.kpi_id, d.version
				""").param("activity", activityId).query(row -> {
			versions.computeIfAbsent(row.getLong("kpi_id"), id -> new ArrayList<>())
				.add(new KpiVersion(row.getLong("kpi_id"), row.getInt("version"), row.getString("name_th"),
						row.getString("unit_th"), plain(row.getBigDecimal("baseline")), plain(row.getBigDecimal("target")),
						row.getBoolean("higher_is_better"), row.getTimestamp("valid_from").toInstant(),
						row.getString("changed_by"), row.getString("change_reason")));
		});
		return jdbc.sql("""
				select id, activity_id, version, retired_at is not null as retired from planning_kpi
				where activity_id = :activity order by retired_at nulls first, sort_order, id
				""")
			.param("activity", activityId)
			.query((rs, n) -> new KpiHistory(rs.getLong("id"), rs.getLong("activity_id"), rs.getInt("version"),
					rs.getBoolean("retired"), versions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** One definition of a KPI, e.g. the one a report was made against. */
	Optional<KpiVersion> version(long kpiId, int version) {
		return jdbc.sql("""
				select kpi_id, version, name_th, unit_th, baseline, target, higher_is_better, valid_from, changed_by,
				       change_reason
				from planning_kpi_definition where kpi_id = :kpi and version = :version
				""")
			.param("kpi", kpiId)
			.param("version", version)
			.query((rs, n) -> new KpiVersion(rs.getLong("kpi_id"), rs.getInt("version"), rs.getString("name_th"),
					rs.getString("unit_th"), plain(rs.getBigDecimal("baseline")), plain(rs.getBigDecimal("target")),
					rs.getBoolean("higher_is_better"), rs.getTimestamp("valid_from").toInstant(),
					rs.getString("changed_by"), rs.getString("change_reason")))
			.optional();
	}

	long insert(long activityId, KpiDraft draft, String actor) {
		long id = jdbc.sql("""
				insert into planning_kpi (activity_id, sort_order, version)
				values (:activity, (select coalesce(max(sort_order), 0) + 1 from planning_kpi where activity_id = :activity), 1)
				returning id
				""").param("activity", activityId).query(Long.class).single();
		insertDefinition(id, 1, draft, actor);
		return id;
	}

	/** Makes the draft the KPI's next definition; 0 when someone else changed it first. */
	int newVersion(long kpiId, int expectedVersion, KpiDraft draft, String actor) {
		int updated = jdbc.sql("update planning_kpi set version = version + 1 where id = :id and version = :version and retired_at is null")
			.param("id", kpiId)
			.param("version", expectedVersion)
			.update();
		if (updated > 0) {
			insertDefinition(kpiId, expectedVersion + 1, draft, actor);
		}
		return updated;
	}

	int retire(long kpiId, int expectedVersion) {
		return jdbc.sql("""
				update planning_kpi set retired_at = now()
				where id = :id and version = :version and retired_at is null
				""").param("id", kpiId).param("version", expectedVersion).update();
	}

	boolean hasAny(long activityId) {
		return jdbc.sql("select exists (select 1 from planning_kpi where activity_id = :activity)")
			.param("activity", activityId)
			.query(Boolean.class)
			.single();
	}

	private void insertDefinition(long kpiId, int version, KpiDraft draft, String actor) {
		jdbc.sql("""
				insert into planning_kpi_definition (kpi_id, version, name_th, unit_th, baseline, target,
				    higher_is_better, changed_by, change_reason)
				values (:kpi, :version, :name, :unit, :baseline, :target, :higher, :actor, :reason)
				""")
			.param("kpi", kpiId)
			.param("version", version)
			.param("name", draft.nameTh().strip())
			.param("unit", PlanRules.trimToNull(draft.unitTh()))
			.param("baseline", draft.baseline())
			.param("target", draft.target())
			.param("higher", draft.higherIsBetter())
			.param("actor", actor)
			.param("reason", PlanRules.trimToNull(draft.reason()))
			.update();
	}

	/** 40.0000 → 40, 83.2400 → 83.24 (never 4E+1). */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Kpi kpi(ResultSet rs, int row) throws SQLException {
		return new Kpi(rs.getLong("id"), rs.getLong("activity_id"), rs.getString("name_th"), rs.getString("unit_th"),
				plain(rs.getBigDecimal("baseline")), plain(rs.getBigDecimal("target")), rs.getBoolean("higher_is_better"),
				rs.getInt("version"));
	}

}
