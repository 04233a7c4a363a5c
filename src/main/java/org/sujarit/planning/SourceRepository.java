package org.sujarit.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recommendation sources, their items and the items' CPI / working-group tags.
 */
@Repository
class SourceRepository {

	private static final String SOURCE = """
			select id, code, name_th, name_en, issuer_th, period_th, sort_order, active, version
			from planning_source
			""";

	private static final String ITEM = """
			select id, source_id, parent_id, code, level, title_th, sort_order, version
			from planning_item
			""";

	private final JdbcClient jdbc;

	private final EffectiveTagsCache tagsCache;

	SourceRepository(JdbcClient jdbc, EffectiveTagsCache tagsCache) {
		this.tagsCache = tagsCache;
		this.jdbc = jdbc;
	}

	List<SourceDetail> sources() {
		return jdbc.sql(SOURCE + " order by sort_order, code").query(SourceRepository::source).list();
	}

	Optional<SourceDetail> source(long id) {
		return jdbc.sql(SOURCE + " where id = :id").param("id", id).query(SourceRepository::source).optional();
	}

	Optional<SourceDetail> sourceByCode(String code) {
		return jdbc.sql(SOURCE + " where code = :code").param("code", code).query(SourceRepository::source).optional();
	}

	/** Item, activity, agency and quick-win counts per source id, optionally for one fiscal year. */
	Map<Long, int[]> counts(Integer fiscalYear) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select s.id,
				       (select count(*) from planning_item i where i.source_id = s.id) as items,
				       count(distinct a.id) as activities,
				       count(distinct aa.agency_id) as agencies,
				       count(distinct a.id) filter (where a.quick_win) as quick_wins
				from planning_source s
				left join planning_item i on i.source_id = s.id
				left join planning_activity a on a.item_id = i.id
				     and (cast(:fy as int) is null or a.fiscal_year = :fy
				          or (a.plan_term = 'LONG' and :fy between a.start_fy and a.end_fy))
				left join planning_activity_agency aa on aa.activity_id = a.id
				group by s.id
				""").param("fy", fiscalYear).query(row -> {
			counts.put(row.getLong("id"), new int[] { row.getInt("items"), row.getInt("activities"),
					row.getInt("agencies"), row.getInt("quick_wins") });
		});
		return counts;
	}

	long insertSource(SourceDraft draft) {
		return jdbc.sql("""
				insert into planning_source (code, name_th, name_en, issuer_th, period_th, sort_order, active)
				values (:code, :nameTh, :nameEn, :issuer, :period,
				        coalesce(:sort, (select coalesce(max(sort_order), 0) + 1 from planning_source)), :active)
				returning id
				""")
			.param("code", draft.code().strip())
			.param("nameTh", draft.nameTh().strip())
			.param("nameEn", PlanRules.trimToNull(draft.nameEn()))
			.param("issuer", PlanRules.trimToNull(draft.issuerTh()))
			.param("period", PlanRules.trimToNull(draft.periodTh()))
			.param("sort", draft.sortOrder())
			.param("active", draft.active())
			.query(Long.class)
			.single();
	}

	int updateSource(long id, int version, SourceDraft draft) {
		return jdbc.sql("""
				update planning_source set code = :code, name_th = :nameTh, name_en = :nameEn, issuer_th = :issuer,
				       period_th = :period, sort_order = coalesce(:sort, sort_order), active = :active,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("code", draft.code().strip())
			.param("nameTh", draft.nameTh().strip())
			.param("nameEn", PlanRules.trimToNull(draft.nameEn()))
			.param("issuer", PlanRules.trimToNull(draft.issuerTh()))
			.param("period", PlanRules.trimToNull(draft.periodTh()))
			.param("sort", draft.sortOrder())
			.param("active", draft.active())
			.param("id", id)
			.param("version", version)
			.update();
	}

	boolean sourceCodeTaken(String code, Long exceptId) {
		return jdbc.sql("select exists (select 1 from planning_source where code = :code and id <> coalesce(:except, -1))")
			.param("code", code.strip())
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	List<RecommendationItem> items(long sourceId) {
		List<ItemRow> rows = jdbc.sql(ITEM + " where source_id = :source order by sort_order, code")
			.param("source", sourceId)
			.query(SourceRepository::itemRow)
			.list();
		return withTags(rows);
	}

	Optional<RecommendationItem> item(long id) {
		return jdbc.sql(ITEM + " where id = :id")
			.param("id", id)
			.query(SourceRepository::itemRow)
			.optional()
			.map(row -> withTags(List.of(row)).get(0));
	}

	Optional<RecommendationItem> itemByCode(long sourceId, String code) {
		return jdbc.sql(ITEM + " where source_id = :source and code = :code")
			.param("source", sourceId)
			.param("code", code)
			.query(SourceRepository::itemRow)
			.optional()
			.map(row -> withTags(List.of(row)).get(0));
	}

	/** The item and its ancestors, from the top of the tree down. */
	List<RecommendationItem> path(long itemId) {
		List<ItemRow> rows = jdbc.sql("""
				select i.id, i.source_id, i.parent_id, i.code, i.level, i.title_th, i.sort_order, i.version
				from planning_item_ancestor p
				join planning_item i on i.id = p.ancestor_id
				where p.item_id = :item
				order by p.depth desc
				""").param("item", itemId).query(SourceRepository::itemRow).list();
		return withTags(rows);
	}

	/** Whether {@code candidate} is the item itself or one of the items below it. */
	boolean isSelfOrBelow(long itemId, long candidate) {
		return jdbc.sql("""
				select exists (select 1 from planning_item_ancestor where item_id = :candidate and ancestor_id = :item)
				""").param("candidate", candidate).param("item", itemId).query(Boolean.class).single();
	}

	boolean itemCodeTaken(long sourceId, String code, Long exceptId) {
		return jdbc.sql("""
				select exists (select 1 from planning_item
				               where source_id = :source and code = :code and id <> coalesce(:except, -1))
				""")
			.param("source", sourceId)
			.param("code", code.strip())
			.param("except", exceptId)
			.query(Boolean.class)
			.single();
	}

	long insertItem(long sourceId, ItemDraft draft) {
		long id = jdbc.sql("""
				insert into planning_item (source_id, parent_id, code, level, title_th, sort_order)
				values (:source, :parent, :code, :level, :title,
				        coalesce(:sort, (select coalesce(max(sort_order), 0) + 1 from planning_item where source_id = :source)))
				returning id
				""")
			.param("source", sourceId)
			.param("parent", draft.parentId())
			.param("code", draft.code().strip())
			.param("level", draft.level().name())
			.param("title", draft.titleTh().strip())
			.param("sort", draft.sortOrder())
			.query(Long.class)
			.single();
		setItemTags(id, draft.cpiSources(), draft.workingGroups());
		return id;
	}

	int updateItem(long id, int version, ItemDraft draft) {
		int updated = jdbc.sql("""
				update planning_item set parent_id = :parent, code = :code, level = :level, title_th = :title,
				       sort_order = coalesce(:sort, sort_order), version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("parent", draft.parentId())
			.param("code", draft.code().strip())
			.param("level", draft.level().name())
			.param("title", draft.titleTh().strip())
			.param("sort", draft.sortOrder())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated > 0) {
			setItemTags(id, draft.cpiSources(), draft.workingGroups());
		}
		return updated;
	}

	boolean itemInUse(long id) {
		return jdbc.sql("""
				select exists (select 1 from planning_item where parent_id = :id)
				    or exists (select 1 from planning_activity where item_id = :id)
				""").param("id", id).query(Boolean.class).single();
	}

	int deleteItem(long id, int version) {
		tagsCache.changed();
		return jdbc.sql("delete from planning_item where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update();
	}

	void setItemTags(long itemId, Set<String> cpiSources, Set<String> workingGroups) {
		tagsCache.changed();
		jdbc.sql("""
				delete from planning_item_cpi_target where item_id = :item and not (cpi_source_code = any(cast(:codes as text[])))
				""").param("item", itemId).param("codes", cpiSources.toArray(String[]::new)).update();
		jdbc.sql("""
				insert into planning_item_cpi_target (item_id, cpi_source_code)
				select :item, c from unnest(cast(:codes as text[])) c on conflict do nothing
				""").param("item", itemId).param("codes", cpiSources.toArray(String[]::new)).update();
		jdbc.sql("""
				delete from planning_item_working_group where item_id = :item
				  and not (working_group_code = any(cast(:codes as text[])))
				""").param("item", itemId).param("codes", workingGroups.toArray(String[]::new)).update();
		jdbc.sql("""
				insert into planning_item_working_group (item_id, working_group_code)
				select :item, c from unnest(cast(:codes as text[])) c on conflict do nothing
				""").param("item", itemId).param("codes", workingGroups.toArray(String[]::new)).update();
	}

	private List<RecommendationItem> withTags(List<ItemRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Collection<Long> ids = rows.stream().map(ItemRow::id).toList();
		Map<Long, Set<String>> cpi = tags("select item_id, cpi_source_code from planning_item_cpi_target where item_id = any(cast(:ids as bigint[]))", ids);
		Map<Long, Set<String>> groups = tags(
				"select item_id, working_group_code from planning_item_working_group where item_id = any(cast(:ids as bigint[]))", ids);
		return rows.stream()
			.map(row -> new RecommendationItem(row.id(), row.sourceId(), row.parentId(), row.code(), row.level(),
					row.titleTh(), row.sortOrder(), cpi.getOrDefault(row.id(), Set.of()),
					groups.getOrDefault(row.id(), Set.of()), row.version()))
			.toList();
	}

	private Map<Long, Set<String>> tags(String sql, Collection<Long> ids) {
		Map<Long, Set<String>> tags = new HashMap<>();
		jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).query(row -> {
			tags.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
		});
		return tags;
	}

	private static SourceDetail source(ResultSet rs, int row) throws SQLException {
		return new SourceDetail(rs.getLong("id"), rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"),
				rs.getString("issuer_th"), rs.getString("period_th"), rs.getInt("sort_order"), rs.getBoolean("active"),
				rs.getInt("version"));
	}

	private static ItemRow itemRow(ResultSet rs, int row) throws SQLException {
		return new ItemRow(rs.getLong("id"), rs.getLong("source_id"), (Long) rs.getObject("parent_id"),
				rs.getString("code"), ItemLevel.valueOf(rs.getString("level")), rs.getString("title_th"),
				rs.getInt("sort_order"), rs.getInt("version"));
	}

	private record ItemRow(long id, long sourceId, Long parentId, String code, ItemLevel level, String titleTh,
			int sortOrder, int version) {
	}

}
