package org.sujarit.cpi.imports;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.cpi.CountryYear;

/**
 * The imports (cpi_import) and the writing of an imported year into cpi_country_year and
 * cpi_source_score.
 */
@Repository
class CpiImportRepository {

	/** A stored import: the preview's fields, the workbook (until applied) and the analysis JSON. */
	record ImportRecord(long id, UUID token, String fileName, String sha256, byte[] content, String analysis,
			int errorCount, int warningCount, String createdBy, Instant createdAt, Instant expiresAt,
			List<Integer> appliedYears, String appliedBy, Instant appliedAt) {
	}

	/** A corrected source score. */
	record Corrected(String countryCode, int year, String sourceCode, BigDecimal score) {
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CpiImportRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(UUID token, String fileName, String sha256, byte[] content, String analysis, int errors, int warnings,
			String createdBy, Instant expiresAt) {
		jdbc.sql("""
				insert into cpi_import (token, file_name, file_sha256, content, analysis, error_count, warning_count,
				    created_by, expires_at)
				values (:token, :name, :sha, :content, cast(:analysis as jsonb), :errors, :warnings, :by, :expires)
				""")
			.param("token", token)
			.param("name", fileName)
			.param("sha", sha256)
			.param("content", content)
			.param("analysis", analysis)
			.param("errors", errors)
			.param("warnings", warnings)
			.param("by", createdBy)
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	Optional<ImportRecord> find(UUID token) {
		return jdbc.sql("select * from cpi_import where token = :token")
			.param("token", token)
			.query(CpiImportRepository::record)
			.optional();
	}

	Optional<ImportRecord> lock(UUID token) {
		return jdbc.sql("select * from cpi_import where token = :token for update")
			.param("token", token)
			.query(CpiImportRepository::record)
			.optional();
	}

	List<ImportRecord> recent(int limit) {
		return jdbc.sql("""
				select id, token, file_name, file_sha256, null::bytea as content, analysis, error_count, warning_count,
				       created_by, created_at, expires_at, applied_years, applied_by, applied_at
				from cpi_import order by created_at desc, id desc limit :limit
				""").param("limit", limit).query(CpiImportRepository::record).list();
	}

	/** Drops dry runs nobody applied before they expired. */
	int deleteExpired(Instant now) {
		return jdbc.sql("delete from cpi_import where applied_at is null and expires_at < :now")
			.param("now", Timestamp.from(now))
			.update();
	}

	void markApplied(long id, List<Integer> years, String by) {
		jdbc.sql("""
				update cpi_import set applied_years = :years, applied_by = :by, applied_at = now(), content = null,
				    version = version + 1
				where id = :id
				""").param("years", years.toArray(Integer[]::new)).param("by", by).param("id", id).update();
	}

	List<Corrected> corrected(List<Integer> years) {
		if (years.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select country_code, year, source_code, score from cpi_source_score
				where corrected and year = any(:years)
				order by year, country_code, source_code
				""")
			.param("years", years.toArray(Integer[]::new))
			.query((rs, n) -> new Corrected(rs.getString("country_code"), rs.getInt("year"), rs.getString("source_code"),
					rs.getBigDecimal("score")))
			.list();
	}

	int countYear(int year) {
		return jdbc.sql("select count(*) from cpi_country_year where year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Replaces a year's results and, when {@code sourceScores} is not null, its source scores (country →
	 * source code → score), in the caller's transaction.
	 */
	void replaceYear(int year, List<CountryYear> results, Map<String, Map<String, BigDecimal>> sourceScores) {
		if (sourceScores != null) {
			jdbc.sql("delete from cpi_source_score where year = :year").param("year", year).update();
		}
		jdbc.sql("delete from cpi_country_year where year = :year").param("year", year).update();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (CountryYear r : results) {
			rows.add(new MapSqlParameterSource().addValue("code", r.countryCode())
				.addValue("name", r.countryName())
				.addValue("year", r.year())
				.addValue("score", r.score())
				.addValue("rank", r.rank())
				.addValue("countries", r.countries())
				.addValue("se", r.standardError())
				.addValue("low", r.ciLow())
				.addValue("high", r.ciHigh())
				.addValue("sources", r.sources())
				.addValue("region", r.region()));
		}
		batch.batchUpdate("""
				insert into cpi_country_year (country_code, country_name, year, score, rank, countries, standard_error,
				    ci_low, ci_high, sources, region)
				values (:code, :name, :year, :score, :rank, :countries, :se, :low, :high, :sources, :region)
				""", rows.toArray(MapSqlParameterSource[]::new));
		if (sourceScores == null) {
			return;
		}
		List<MapSqlParameterSource> scores = new ArrayList<>();
		sourceScores.forEach((country, values) -> values.forEach((source, score) -> scores
			.add(new MapSqlParameterSource().addValue("country", country)
				.addValue("year", year)
				.addValue("source", source)
				.addValue("score", score))));
		batch.batchUpdate("""
				insert into cpi_source_score (country_code, year, source_code, score)
				values (:country, :year, :source, :score)
				""", scores.toArray(MapSqlParameterSource[]::new));
	}

	private static ImportRecord record(ResultSet rs, int n) throws SQLException {
		Array years = rs.getArray("applied_years");
		Timestamp appliedAt = rs.getTimestamp("applied_at");
		return new ImportRecord(rs.getLong("id"), rs.getObject("token", UUID.class), rs.getString("file_name"),
				rs.getString("file_sha256"), rs.getBytes("content"), rs.getString("analysis"), rs.getInt("error_count"),
				rs.getInt("warning_count"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(),
				years == null ? null : Arrays.asList((Integer[]) years.getArray()), rs.getString("applied_by"),
				appliedAt == null ? null : appliedAt.toInstant());
	}

}
