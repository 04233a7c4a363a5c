package org.sujarit.cpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * CPI results and source scores.
 */
@Repository
class CpiRepository {

	private final JdbcClient jdbc;

	CpiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CountryYear> history(String countryCode) {
		return jdbc.sql("""
				select * from cpi_country_year where country_code = :country order by year
				""").param("country", countryCode).query(CpiRepository::countryYear).list();
	}

	List<CountryYear> year(int year) {
		return jdbc.sql("""
				select * from cpi_country_year where year = :year
				order by score desc nulls last, country_name
				""").param("year", year).query(CpiRepository::countryYear).list();
	}

	Optional<CountryYear> result(String countryCode, int year) {
		return jdbc.sql("select * from cpi_country_year where country_code = :country and year = :year")
			.param("country", countryCode)
			.param("year", year)
			.query(CpiRepository::countryYear)
			.optional();
	}

	List<Integer> years() {
		return jdbc.sql("select distinct year from cpi_country_year order by year").query(Integer.class).list();
	}

	List<SourceScore> sourceScores(String countryCode, int year) {
		return jdbc.sql("""
				select * from cpi_source_score where country_code = :country and year = :year order by source_code
				""").param("country", countryCode).param("year", year).query(CpiRepository::sourceScore).list();
	}

	List<SourceScore> sourceScores(String countryCode) {
		return jdbc.sql("""
				select * from cpi_source_score where country_code = :country order by year, source_code
				""").param("country", countryCode).query(CpiRepository::sourceScore).list();
	}

	Optional<SourceScore> sourceScore(String countryCode, int year, String sourceCode) {
		return jdbc.sql("""
				select * from cpi_source_score where country_code = :country and year = :year and source_code = :source
				""")
			.param("country", countryCode)
			.param("year", year)
			.param("source", sourceCode)
			.query(CpiRepository::sourceScore)
			.optional();
	}

	/** CPI years whose whole-world results were imported from TI's workbook (applied imports). */
	java.util.Set<Integer> importedYears() {
		return new java.util.TreeSet<>(jdbc.sql("""
				select distinct y from cpi_import, unnest(applied_years) as y where applied_at is not null
				""").query(Integer.class).list());
	}

	/** Inserts or updates a published result; returns whether anything changed. */
	boolean upsertResult(CountryYear r) {
		return jdbc.sql("""
				insert into cpi_country_year (country_code, country_name, year, score, rank, countries, standard_error,
				    ci_low, ci_high, sources, region)
				values (:code, :name, :year, :score, :rank, :countries, :se, :low, :high, :sources, :region)
				on conflict (country_code, year) do update set country_name = excluded.country_name,
				    score = excluded.score, rank = excluded.rank, countries = excluded.countries,
				    standard_error = excluded.standard_error, ci_low = excluded.ci_low, ci_high = excluded.ci_high,
				    sources = excluded.sources, region = excluded.region, version = cpi_country_year.version + 1
				where (cpi_country_year.country_name, cpi_country_year.score, cpi_country_year.rank,
				       cpi_country_year.countries, cpi_country_year.standard_error, cpi_country_year.ci_low,
				       cpi_country_year.ci_high, cpi_country_year.sources, cpi_country_year.region)
				      is distinct from (excluded.country_name, excluded.score, excluded.rank, excluded.countries,
				       excluded.standard_error, excluded.ci_low, excluded.ci_high, excluded.sources, excluded.region)
				""")
			.param("code", r.countryCode())
			.param("name", r.countryName())
			.param("year", r.year())
			.param("score", r.score())
			.param("rank", r.rank())
			.param("countries", r.countries())
			.param("se", r.standardError())
			.param("low", r.ciLow())
			.param("high", r.ciHigh())
			.param("sources", r.sources())
			.param("region", r.region())
			.update() > 0;
	}

	/** Inserts or updates a reference source score unless a coordinator corrected it. */
	boolean upsertSourceScore(String countryCode, int year, String sourceCode, BigDecimal score) {
		return jdbc.sql("""
				insert into cpi_source_score (country_code, year, source_code, score)
				values (:country, :year, :source, :score)
				on conflict (country_code, year, source_code) do update
				    set score = excluded.score, version = cpi_source_score.version + 1
				where not cpi_source_score.corrected and cpi_source_score.score <> excluded.score
				""")
			.param("country", countryCode)
			.param("year", year)
			.param("source", sourceCode)
			.param("score", score)
			.update() > 0;
	}

	void correct(long id, int version, BigDecimal score) {
		int updated = jdbc.sql("""
				update cpi_source_score set score = :score, corrected = true, version = version + 1
				where id = :id and version = :version
				""").param("score", score).param("id", id).param("version", version).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("cpi_source_score " + id + " changed since version " + version);
		}
	}

	private static CountryYear countryYear(ResultSet rs, int n) throws SQLException {
		return new CountryYear(rs.getString("country_code"), rs.getString("country_name"), rs.getInt("year"),
				rs.getObject("score", Integer.class), rs.getObject("rank", Integer.class),
				rs.getObject("countries", Integer.class), rs.getBigDecimal("standard_error"), rs.getBigDecimal("ci_low"),
				rs.getBigDecimal("ci_high"), rs.getObject("sources", Integer.class), rs.getString("region"));
	}

	private static SourceScore sourceScore(ResultSet rs, int n) throws SQLException {
		return new SourceScore(rs.getLong("id"), rs.getString("country_code"), rs.getInt("year"),
				rs.getString("source_code"), rs.getBigDecimal("score"), rs.getBoolean("corrected"), rs.getInt("version"));
	}

}
