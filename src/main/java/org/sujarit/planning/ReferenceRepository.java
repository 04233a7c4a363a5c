package org.sujarit.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * CPI sources and working groups (reference data).
 */
@Repository
class ReferenceRepository {

	private final JdbcClient jdbc;

	private final EffectiveTagsCache tagsCache;

	ReferenceRepository(JdbcClient jdbc, EffectiveTagsCache tagsCache) {
		this.tagsCache = tagsCache;
		this.jdbc = jdbc;
	}

	List<CpiSource> cpiSources() {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		jdbc.sql("""
				select g.cpi_source_code, g.working_group_code
				from planning_cpi_source_group g
				join planning_working_group w on w.code = g.working_group_code
				order by w.sort_order
				""").query(row -> {
			groups.computeIfAbsent(row.getString(1), code -> new LinkedHashSet<>()).add(row.getString(2));
		});
		return jdbc.sql("select code, name, what_it_asks_th, respondents_th from planning_cpi_source order by sort_order, code")
			.query((rs, n) -> new CpiSource(rs.getString("code"), rs.getString("name"), rs.getString("what_it_asks_th"),
					rs.getString("respondents_th"), groups.getOrDefault(rs.getString("code"), Set.of())))
			.list();
	}

	List<WorkingGroup> workingGroups() {
		Map<String, List<String>> sources = new LinkedHashMap<>();
		jdbc.sql("""
				select g.working_group_code, g.cpi_source_code
				from planning_cpi_source_group g
				join planning_cpi_source s on s.code = g.cpi_source_code
				order by s.sort_order, s.code
				""").query(row -> {
			sources.computeIfAbsent(row.getString(1), code -> new ArrayList<>()).add(row.getString(2));
		});
		return jdbc.sql("select code, name_th from planning_working_group order by sort_order, code")
			.query((rs, n) -> new WorkingGroup(rs.getString("code"), rs.getString("name_th"),
					sources.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	Set<String> cpiSourceCodes() {
		return new LinkedHashSet<>(jdbc.sql("select code from planning_cpi_source order by sort_order").query(String.class).list());
	}

	Set<String> workingGroupCodes() {
		return new LinkedHashSet<>(jdbc.sql("select code from planning_working_group order by sort_order").query(String.class).list());
	}

	/** Inserts or updates; returns whether anything changed. */
	boolean upsertWorkingGroup(String code, String nameTh, int sortOrder) {
		return jdbc.sql("""
				insert into planning_working_group (code, name_th, sort_order) values (:code, :name, :sort)
				on conflict (code) do update set name_th = excluded.name_th, sort_order = excluded.sort_order
				where (planning_working_group.name_th, planning_working_group.sort_order)
				      is distinct from (excluded.name_th, excluded.sort_order)
				""").param("code", code).param("name", nameTh).param("sort", sortOrder).update() > 0;
	}

	boolean upsertCpiSource(String code, String name, String whatItAsksTh, String respondentsTh, int sortOrder) {
		return jdbc.sql("""
				insert into planning_cpi_source (code, name, what_it_asks_th, respondents_th, sort_order)
				values (:code, :name, :asks, :respondents, :sort)
				on conflict (code) do update set name = excluded.name, what_it_asks_th = excluded.what_it_asks_th,
				    respondents_th = excluded.respondents_th, sort_order = excluded.sort_order
				where (planning_cpi_source.name, planning_cpi_source.what_it_asks_th,
				       planning_cpi_source.respondents_th, planning_cpi_source.sort_order)
				      is distinct from (excluded.name, excluded.what_it_asks_th, excluded.respondents_th,
				                        excluded.sort_order)
				""")
			.param("code", code)
			.param("name", name)
			.param("asks", whatItAsksTh)
			.param("respondents", respondentsTh)
			.param("sort", sortOrder)
			.update() > 0;
	}

	/** Makes the source's groups exactly these; returns whether anything changed. */
	boolean setSourceGroups(String cpiSourceCode, Set<String> workingGroupCodes) {
		tagsCache.changed();
		int removed = jdbc.sql("""
				delete from planning_cpi_source_group
				where cpi_source_code = :code and not (working_group_code = any(cast(:groups as text[])))
				""").param("code", cpiSourceCode).param("groups", workingGroupCodes.toArray(String[]::new)).update();
		int added = jdbc.sql("""
				insert into planning_cpi_source_group (cpi_source_code, working_group_code)
				select :code, g from unnest(cast(:groups as text[])) g
				on conflict do nothing
				""").param("code", cpiSourceCode).param("groups", workingGroupCodes.toArray(String[]::new)).update();
		return removed + added > 0;
	}

}
