package org.sujarit.directory.imports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.directory.NewAgency;

/**
 * Writes many agencies with one statement per batch (rows passed as arrays and unnested), inserting new
 * codes and updating existing ones only where a value differs, so unchanged rows cost no write and no
 * audit entry.
 */
@Component
class AgencyBulkWriter {

	static final int BATCH = 2000;

	private final JdbcClient jdbc;

	AgencyBulkWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Written(int inserted, int updated) {

		Written plus(Written other) {
			return new Written(inserted + other.inserted, updated + other.updated);
		}

	}

	/**
	 * Every field from the rows, parent resolved by code among agencies already written. Rows whose parent
	 * is in the same call must come in a later call.
	 */
	Written upsertAll(List<NewAgency> agencies) {
		Written total = new Written(0, 0);
		for (int from = 0; from < agencies.size(); from += BATCH) {
			List<NewAgency> batch = agencies.subList(from, Math.min(agencies.size(), from + BATCH));
			total = total.plus(written(jdbc.sql("""
					insert into directory_agency (code, name_th, name_en, abbrev_th, type, parent_id, province_code,
					                              district_th)
					select u.code, u.name_th, u.name_en, u.abbrev_th, u.type, p.id, u.province_code, u.district_th
					from unnest(cast(:codes as text[]), cast(:namesTh as text[]), cast(:namesEn as text[]),
					            cast(:abbrevs as text[]), cast(:types as text[]), cast(:parents as text[]),
					            cast(:provinces as text[]), cast(:districts as text[]))
					     as u(code, name_th, name_en, abbrev_th, type, parent_code, province_code, district_th)
					left join directory_agency p on p.code = u.parent_code
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
					returning (xmax = 0) as inserted
					""")
				.param("codes", batch.stream().map(NewAgency::code).toArray(String[]::new))
				.param("namesTh", batch.stream().map(NewAgency::nameTh).toArray(String[]::new))
				.param("namesEn", batch.stream().map(NewAgency::nameEn).toArray(String[]::new))
				.param("abbrevs", batch.stream().map(NewAgency::abbrevTh).toArray(String[]::new))
				.param("types", batch.stream().map(a -> a.type().name()).toArray(String[]::new))
				.param("parents", batch.stream().map(NewAgency::parentCode).toArray(String[]::new))
				.param("provinces", batch.stream().map(NewAgency::provinceCode).toArray(String[]::new))
				.param("districts", batch.stream().map(NewAgency::districtTh).toArray(String[]::new))
				.query(Boolean.class)
				.list()));
		}
		return total;
	}

	/**
	 * Local governments from the national list: the fields the list carries; an agency's English name,
	 * parent and active flag, which the list does not have, are left as they are.
	 */
	Written upsertLocalGovernments(List<NewAgency> agencies) {
		Written total = new Written(0, 0);
		for (int from = 0; from < agencies.size(); from += BATCH) {
			List<NewAgency> batch = agencies.subList(from, Math.min(agencies.size(), from + BATCH));
			total = total.plus(written(jdbc.sql("""
					insert into directory_agency (code, name_th, abbrev_th, type, province_code, district_th)
					select * from unnest(cast(:codes as text[]), cast(:namesTh as text[]), cast(:abbrevs as text[]),
					                     cast(:types as text[]), cast(:provinces as text[]), cast(:districts as text[]))
					on conflict (code) do update set
					    name_th = excluded.name_th, abbrev_th = excluded.abbrev_th, type = excluded.type,
					    province_code = excluded.province_code, district_th = excluded.district_th,
					    version = directory_agency.version + 1, updated_at = now()
					where (directory_agency.name_th, directory_agency.abbrev_th, directory_agency.type,
					       directory_agency.province_code, directory_agency.district_th)
					      is distinct from
					      (excluded.name_th, excluded.abbrev_th, excluded.type, excluded.province_code,
					       excluded.district_th)
					returning (xmax = 0) as inserted
					""")
				.param("codes", batch.stream().map(NewAgency::code).toArray(String[]::new))
				.param("namesTh", batch.stream().map(NewAgency::nameTh).toArray(String[]::new))
				.param("abbrevs", batch.stream().map(NewAgency::abbrevTh).toArray(String[]::new))
				.param("types", batch.stream().map(a -> a.type().name()).toArray(String[]::new))
				.param("provinces", batch.stream().map(NewAgency::provinceCode).toArray(String[]::new))
				.param("districts", batch.stream().map(NewAgency::districtTh).toArray(String[]::new))
				.query(Boolean.class)
				.list()));
		}
		return total;
	}

	private static Written written(List<Boolean> inserted) {
		int created = (int) inserted.stream().filter(Boolean::booleanValue).count();
		return new Written(created, inserted.size() - created);
	}

}
