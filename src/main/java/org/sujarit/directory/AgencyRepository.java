package org.sujarit.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
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
		return jdbc.sql(SELECT + """
				where (cast(:text as text) is null or a.name_th ilike '%' || :text || '%' or a.code = :text
				       or a.abbrev_th ilike '%' || :text || '%' or a.name_en ilike '%' || :text || '%')
				  and (cast(:type as text) is null or a.type = :type)
				  and (cast(:province as text) is null or a.province_code = :province)
				order by a.province_code nulls first, a.type, a.name_th
				limit :limit offset :offset
				""")
			.param("text", text == null || text.isBlank() ? null : text.strip())
			.param("type", type == null ? null : type.name())
			.param("province", provinceCode == null || provinceCode.isBlank() ? null : provinceCode)
			.param("limit", limit)
			.param("offset", offset)
			.query(AgencyRepository::map)
			.list();
	}

	int count(String text, AgencyType type, String provinceCode) {
		return jdbc.sql("""
				select count(*) from directory_agency a
				where (cast(:text as text) is null or a.name_th ilike '%' || :text || '%' or a.code = :text
				       or a.abbrev_th ilike '%' || :text || '%' or a.name_en ilike '%' || :text || '%')
				  and (cast(:type as text) is null or a.type = :type)
				  and (cast(:province as text) is null or a.province_code = :province)
				""")
			.param("text", text == null || text.isBlank() ? null : text.strip())
			.param("type", type == null ? null : type.name())
			.param("province", provinceCode == null || provinceCode.isBlank() ? null : provinceCode)
			.query(Integer.class)
			.single();
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
