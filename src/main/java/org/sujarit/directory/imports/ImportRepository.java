package org.sujarit.directory.imports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staging tables of agency imports, and the snapshot of agencies the rules compare against.
 */
@Repository
class ImportRepository {

	private static final String SELECT_IMPORT = """
			select id, token, file_name, format, columns, status, row_count, new_count, changed_count,
			       unchanged_count, error_count, created_by, created_at, expires_at, expires_at < now() as expired,
			       applied_by, applied_at, applied_new, applied_changed, applied_unchanged
			from directory_import
			""";

	private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
	};

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	ImportRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Map<String, ExistingAgency> existingAgencies() {
		Map<String, ExistingAgency> agencies = new HashMap<>();
		jdbc.sql("""
				select a.code, a.name_th, a.name_en, a.abbrev_th, a.type, p.code as parent_code, a.province_code,
				       a.district_th
				from directory_agency a
				left join directory_agency p on p.id = a.parent_id
				""").query(rs -> {
			agencies.put(rs.getString("code"),
					new ExistingAgency(rs.getString("code"), rs.getString("name_th"), rs.getString("name_en"),
							rs.getString("abbrev_th"), rs.getString("type"), rs.getString("parent_code"),
							rs.getString("province_code"), rs.getString("district_th")));
		});
		return agencies;
	}

	record ImportRecord(long id, ImportPreview preview) {
	}

	long insertImport(UUID token, String fileName, ImportFormat format, Set<ImportColumn> columns,
			Map<ImportOutcome, Integer> counts, int rowCount, String createdBy, Instant expiresAt) {
		return jdbc.sql("""
				insert into directory_import (token, file_name, format, columns, row_count, new_count, changed_count,
				                              unchanged_count, error_count, created_by, expires_at)
				values (:token, :fileName, :format, cast(:columns as text[]), :rows, :new, :changed, :unchanged,
				        :errors, :createdBy, :expiresAt)
				returning id
				""")
			.param("token", token)
			.param("fileName", fileName)
			.param("format", format.name())
			.param("columns", columns.stream().map(Enum::name).toArray(String[]::new))
			.param("rows", rowCount)
			.param("new", counts.getOrDefault(ImportOutcome.NEW, 0))
			.param("changed", counts.getOrDefault(ImportOutcome.CHANGED, 0))
			.param("unchanged", counts.getOrDefault(ImportOutcome.UNCHANGED, 0))
			.param("errors", counts.getOrDefault(ImportOutcome.ERROR, 0))
			.param("createdBy", createdBy)
			.param("expiresAt", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
	}

	/** All rows in one statement: the audit trigger still writes one entry per row. */
	void insertRows(long importId, List<ImportRowResult> rows) {
		int n = rows.size();
		String[][] columns = new String[11][n];
		Integer[] numbers = new Integer[n];
		for (int i = 0; i < n; i++) {
			ImportRowResult row = rows.get(i);
			numbers[i] = row.rowNo();
			columns[0][i] = row.code();
			columns[1][i] = row.nameTh();
			columns[2][i] = row.nameEn();
			columns[3][i] = row.abbrevTh();
			columns[4][i] = row.type();
			columns[5][i] = row.parentCode();
			columns[6][i] = row.provinceCode();
			columns[7][i] = row.districtTh();
			columns[8][i] = row.outcome().name();
			columns[9][i] = write(row.problems());
			columns[10][i] = write(row.changes());
		}
		jdbc.sql("""
				insert into directory_import_row (import_id, row_no, code, name_th, name_en, abbrev_th, type,
				                                  parent_code, province_code, district_th, outcome, problems, changes)
				select :importId, u.row_no, u.code, u.name_th, u.name_en, u.abbrev_th, u.type, u.parent_code,
				       u.province_code, u.district_th, u.outcome, cast(u.problems as jsonb), cast(u.changes as jsonb)
				from unnest(cast(:numbers as int[]), cast(:codes as text[]), cast(:namesTh as text[]),
				            cast(:namesEn as text[]), cast(:abbrevs as text[]), cast(:types as text[]),
				            cast(:parents as text[]), cast(:provinces as text[]), cast(:districts as text[]),
				            cast(:outcomes as text[]), cast(:problems as text[]), cast(:changes as text[]))
				     as u(row_no, code, name_th, name_en, abbrev_th, type, parent_code, province_code, district_th,
				          outcome, problems, changes)
				""")
			.param("importId", importId)
			.param("numbers", numbers)
			.param("codes", columns[0])
			.param("namesTh", columns[1])
			.param("namesEn", columns[2])
			.param("abbrevs", columns[3])
			.param("types", columns[4])
			.param("parents", columns[5])
			.param("provinces", columns[6])
			.param("districts", columns[7])
			.param("outcomes", columns[8])
			.param("problems", columns[9])
			.param("changes", columns[10])
			.update();
	}

	Optional<ImportRecord> find(UUID token) {
		return jdbc.sql(SELECT_IMPORT + " where token = :token").param("token", token).query(this::record).optional();
	}

	/** Locks the import until the transaction ends, so two nodes cannot apply it at once. */
	Optional<ImportRecord> lock(UUID token) {
		return jdbc.sql(SELECT_IMPORT + " where token = :token for update")
			.param("token", token)
			.query(this::record)
			.optional();
	}

	List<ImportRowResult> rows(long importId, ImportOutcome outcome, int limit, int offset) {
		return jdbc.sql("""
				select row_no, code, name_th, name_en, abbrev_th, type, parent_code, province_code, district_th,
				       outcome, problems::text as problems, changes::text as changes
				from directory_import_row
				where import_id = :id and (cast(:outcome as text) is null or outcome = :outcome)
				order by row_no
				limit :limit offset :offset
				""")
			.param("id", importId)
			.param("outcome", outcome == null ? null : outcome.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(this::row)
			.list();
	}

	int countRows(long importId, ImportOutcome outcome) {
		return jdbc.sql("""
				select count(*) from directory_import_row
				where import_id = :id and (cast(:outcome as text) is null or outcome = :outcome)
				""").param("id", importId).param("outcome", outcome == null ? null : outcome.name())
			.query(Integer.class)
			.single();
	}

	void markApplied(long id, String appliedBy, int created, int changed, int unchanged) {
		jdbc.sql("""
				update directory_import
				set status = 'APPLIED', applied_by = :by, applied_at = now(), applied_new = :created,
				    applied_changed = :changed, applied_unchanged = :unchanged, version = version + 1
				where id = :id and status = 'PREVIEWED'
				""")
			.param("by", appliedBy)
			.param("created", created)
			.param("changed", changed)
			.param("unchanged", unchanged)
			.param("id", id)
			.update();
	}

	List<ImportPreview> recent(int limit) {
		return jdbc.sql(SELECT_IMPORT + " order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(this::record)
			.list()
			.stream()
			.map(ImportRecord::preview)
			.toList();
	}

	private ImportRecord record(ResultSet rs, int n) throws SQLException {
		return new ImportRecord(rs.getLong("id"),
				new ImportPreview((UUID) rs.getObject("token"), rs.getString("file_name"),
						ImportFormat.valueOf(rs.getString("format")), columns(rs.getArray("columns")),
						"APPLIED".equals(rs.getString("status")), rs.getInt("row_count"), rs.getInt("new_count"),
						rs.getInt("changed_count"), rs.getInt("unchanged_count"), rs.getInt("error_count"),
						rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
						instant(rs.getTimestamp("expires_at")), rs.getBoolean("expired"), rs.getString("applied_by"),
						instant(rs.getTimestamp("applied_at")), (Integer) rs.getObject("applied_new"),
						(Integer) rs.getObject("applied_changed"), (Integer) rs.getObject("applied_unchanged")));
	}

	private ImportRowResult row(ResultSet rs, int n) throws SQLException {
		return new ImportRowResult(rs.getInt("row_no"), rs.getString("code"), rs.getString("name_th"),
				rs.getString("name_en"), rs.getString("abbrev_th"), rs.getString("type"), rs.getString("parent_code"),
				rs.getString("province_code"), rs.getString("district_th"),
				ImportOutcome.valueOf(rs.getString("outcome")), read(rs.getString("problems"), PROBLEMS),
				read(rs.getString("changes"), CHANGES));
	}

	private static Set<ImportColumn> columns(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return Arrays.stream(names)
			.map(ImportColumn::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ImportColumn.class)));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private <T> T read(String text, TypeReference<T> type) {
		try {
			return json.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
