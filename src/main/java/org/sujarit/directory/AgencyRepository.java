package org.sujarit.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgencyRepository {

	private static final String SELECT = """
			select a.id, a.code, a.name_th, a.name_en, a.abbrev_th, a.type, a.parent_id, a.province_code,
			       p.name_th as province_th, a.district_th, a.active, a.version
			from directory_agency a
			left join directory_province p on p.code = a.province_code
			""";

	/** Every word must occur in the code, names, abbreviation, province or district. */
	private static final String SEARCH_WHERE = """
			where concat_ws(' ', a.code, a.name_th, a.name_en, a.abbrev_th, p.name_th, a.district_th)
			      ilike all (cast(:words as text[]))
			  and (cast(:type as text) is null or a.type = :type)
			  and (cast(:province as text) is null or a.province_code = :province)
			  and (not :activeOnly or a.active)
			""";

	private final JdbcClient jdbc;

	AgencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Agency> find(long id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AgencyRepository::map).optional();
	}

	Optional<Agency> findByCode(String code) {
		return jdbc.sql(SELECT + " where a.code = :code").param("code", code).query(AgencyRepository::map).optional();
	}

	List<Agency> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(AgencyRepository::map).list();
	}

	List<Agency> children(Long parentId) {
		String where = parentId == null ? " where a.parent_id is null" : " where a.parent_id = :parent";
		var spec = jdbc.sql(SELECT + where + " order by a.type, a.name_th");
		if (parentId != null) {
			spec = spec.param("parent", parentId);
		}
		return spec.query(AgencyRepository::map).list();
	}

	List<Agency> select(AgencySelector selector) {
		return jdbc.sql("""
				with recursive descendant as (
				    select id from directory_agency where id = any(cast(:parents as bigint[]))
				    union all
				    select a.id from directory_agency a join descendant d on a.parent_id = d.id
				)
				""" + SELECT + """
				where a.active
				  and (cardinality(cast(:types as text[])) = 0 or a.type = any(cast(:types as text[])))
				  and (cardinality(cast(:provinces as text[])) = 0 or a.province_code = any(cast(:provinces as text[])))
				  and (cardinality(cast(:parents as bigint[])) = 0 or a.id in (select id from descendant))
				  and (cardinality(cast(:ids as bigint[])) = 0 or a.id = any(cast(:ids as bigint[])))
				order by a.province_code nulls first, a.type, a.name_th
				""")
			.param("types", selector.types().stream().map(Enum::name).toArray(String[]::new))
			.param("provinces", selector.provinceCodes().toArray(String[]::new))
			.param("parents", selector.parentIds().toArray(Long[]::new))
			.param("ids", selector.agencyIds().toArray(Long[]::new))
			.query(AgencyRepository::map)
			.list();
	}

	List<Agency> search(String text, AgencyType type, String provinceCode, int limit, int offset) {
		return jdbc.sql(SELECT + SEARCH_WHERE + """
				order by a.province_code nulls first, a.type, a.name_th
				limit :limit offset :offset
				""")
			.param("words", SearchWords.likePatterns(text))
			.param("type", type == null ? null : type.name())
			.param("province", provinceCode == null || provinceCode.isBlank() ? null : provinceCode)
			.param("activeOnly", false)
			.param("limit", limit)
			.param("offset", offset)
			.query(AgencyRepository::map)
			.list();
	}

	int count(String text, AgencyType type, String provinceCode) {
		return jdbc.sql("""
				select count(*) from directory_agency a
				left join directory_province p on p.code = a.province_code
				""" + SEARCH_WHERE)
			.param("words", SearchWords.likePatterns(text))
			.param("type", type == null ? null : type.name())
			.param("province", provinceCode == null || provinceCode.isBlank() ? null : provinceCode)
			.param("activeOnly", false)
			.query(Integer.class)
			.single();
	}

	/**
	 * Active agencies for a type-ahead: the exact code first, then agencies whose own name holds every word
	 * (before those found by province or district), shortest names first.
	 */
	List<Agency> searchActive(String text, int limit) {
		return jdbc.sql(SELECT + SEARCH_WHERE + """
				order by a.code = :exact desc,
				         concat_ws(' ', a.name_th, a.abbrev_th) ilike all (cast(:words as text[])) desc,
				         length(a.name_th), a.name_th
				limit :limit
				""")
			.param("words", SearchWords.likePatterns(text))
			.param("exact", text == null ? "" : text.strip())
			.param("type", null)
			.param("province", null)
			.param("activeOnly", true)
			.param("limit", limit)
			.query(AgencyRepository::map)
			.list();
	}

	/** Agencies at the top of the ministry tree: no parent and not a local government. */
	List<Agency> roots() {
		return jdbc.sql(SELECT + """
				where a.parent_id is null and not (a.type = any(cast(:local as text[])))
				order by a.type, a.name_th
				""").param("local", localTypes()).query(AgencyRepository::map).list();
	}

	Map<Long, Integer> childCounts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select parent_id, count(*) as n from directory_agency where parent_id in (:ids) group by parent_id")
			.param("ids", ids)
			.query(rs -> {
				counts.put(rs.getLong("parent_id"), rs.getInt("n"));
			});
		return counts;
	}

	/** Local governments of one province, counted by type. */
	Map<AgencyType, Integer> localGovernmentCounts(String provinceCode) {
		Map<AgencyType, Integer> counts = new EnumMap<>(AgencyType.class);
		jdbc.sql("""
				select type, count(*) as n from directory_agency
				where province_code = :province and type = any(cast(:local as text[]))
				group by type
				""").param("province", provinceCode).param("local", localTypes()).query(rs -> {
			counts.put(AgencyType.valueOf(rs.getString("type")), rs.getInt("n"));
		});
		return counts;
	}

	/** Whether {@code candidate} is {@code id} itself or one of its descendants. */
	boolean isSelfOrDescendant(long candidate, long id) {
		return jdbc.sql("""
				with recursive descendant as (
				    select id from directory_agency where id = :id
				    union all
				    select a.id from directory_agency a join descendant d on a.parent_id = d.id
				)
				select exists (select 1 from descendant where id = :candidate)
				""").param("id", id).param("candidate", candidate).query(Boolean.class).single();
	}

	boolean provinceExists(String code) {
		return jdbc.sql("select exists (select 1 from directory_province where code = :code)")
			.param("code", code)
			.query(Boolean.class)
			.single();
	}

	/** Optimistic update; returns the number of rows changed (0 when the version is stale). */
	int update(long id, int version, AgencyChange change, Long parentId) {
		return jdbc.sql("""
				update directory_agency set name_th = :nameTh, name_en = :nameEn, abbrev_th = :abbrev, type = :type,
				       parent_id = :parent, province_code = :province, district_th = :district, active = :active,
				       version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("nameTh", change.nameTh())
			.param("nameEn", change.nameEn())
			.param("abbrev", change.abbrevTh())
			.param("type", change.type().name())
			.param("parent", parentId)
			.param("province", change.provinceCode())
			.param("district", change.districtTh())
			.param("active", change.active())
			.param("id", id)
			.param("version", version)
			.update();
	}

	private static String[] localTypes() {
		return AgencyType.localGovernments().stream().map(Enum::name).toArray(String[]::new);
	}

	List<Province> provinces() {
		return jdbc.sql("select code, name_th, name_en, pacc_region from directory_province order by name_th")
			.query((rs, n) -> new Province(rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"),
					(Integer) rs.getObject("pacc_region")))
			.list();
	}

	void upsertProvince(Province province) {
		jdbc.sql("""
				insert into directory_province (code, name_th, name_en, pacc_region)
				values (:code, :nameTh, :nameEn, :region)
				on conflict (code) do update set name_th = excluded.name_th,
				    name_en = coalesce(excluded.name_en, directory_province.name_en),
				    pacc_region = coalesce(excluded.pacc_region, directory_province.pacc_region)
				""")
			.param("code", province.code())
			.param("nameTh", province.nameTh())
			.param("nameEn", province.nameEn())
			.param("region", province.paccRegion())
			.update();
	}

	/** Inserts or updates by code; returns the id. */
	long upsert(NewAgency agency, Long parentId) {
		return jdbc.sql("""
				insert into directory_agency (code, name_th, name_en, abbrev_th, type, parent_id, province_code, district_th)
				values (:code, :nameTh, :nameEn, :abbrev, :type, :parent, :province, :district)
				on conflict (code) do update set
				    name_th = excluded.name_th, name_en = excluded.name_en, abbrev_th = excluded.abbrev_th,
				    type = excluded.type, parent_id = excluded.parent_id, province_code = excluded.province_code,
				    district_th = excluded.district_th, version = directory_agency.version + 1, updated_at = now()
				where (directory_agency.name_th, directory_agency.name_en, directory_agency.abbrev_th,
				       directory_agency.type, directory_agency.parent_id, directory_agency.province_code,
				       directory_agency.district_th)
				      is distinct from
				      (excluded.name_th, excluded.name_en, excluded.abbrev_th, excluded.type, excluded.parent_id,
				       excluded.province_code, excluded.district_th)
				returning id
				""")
			.param("code", agency.code())
			.param("nameTh", agency.nameTh())
			.param("nameEn", agency.nameEn())
			.param("abbrev", agency.abbrevTh())
			.param("type", agency.type().name())
			.param("parent", parentId)
			.param("province", agency.provinceCode())
			.param("district", agency.districtTh())
			.query(Long.class)
			.optional()
			.orElseGet(() -> findByCode(agency.code()).orElseThrow().id());
	}

	static Agency map(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"),
				rs.getString("abbrev_th"), AgencyType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id"),
				rs.getString("province_code"), rs.getString("province_th"), rs.getString("district_th"),
				rs.getBoolean("active"), rs.getInt("version"));
	}

}
