package org.sujarit.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

	private static final String SELECT = """
			select id, fiscal_year, kind, title_th, period_start, period_end, due_date, status, published,
			       opened_at, version
			from reporting_round
			""";

	private final JdbcClient jdbc;

	RoundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(int fiscalYear, RoundKind kind, String titleTh, LocalDate start, LocalDate end, LocalDate due,
			String openedBy) {
		return jdbc.sql("""
				insert into reporting_round (fiscal_year, kind, title_th, period_start, period_end, due_date, opened_by)
				values (:fy, :kind, :title, :start, :end, :due, :by)
				returning id
				""")
			.param("fy", fiscalYear)
			.param("kind", kind.name())
			.param("title", titleTh)
			.param("start", start)
			.param("end", end)
			.param("due", due)
			.param("by", openedBy)
			.query(Long.class)
			.single();
	}

	boolean exists(int fiscalYear, RoundKind kind) {
		return jdbc.sql("select exists (select 1 from reporting_round where fiscal_year = :fy and kind = :kind)")
			.param("fy", fiscalYear)
			.param("kind", kind.name())
			.query(Boolean.class)
			.single();
	}

	Optional<Round> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RoundRepository::map).optional();
	}

	List<Round> findAll() {
		return jdbc.sql(SELECT + " order by fiscal_year desc, period_end desc, id desc").query(RoundRepository::map).list();
	}

	List<Round> openRounds(int fiscalYear) {
		return jdbc.sql(SELECT + " where status = 'OPEN' and fiscal_year = :fy").param("fy", fiscalYear)
			.query(RoundRepository::map)
			.list();
	}

	List<Round> published() {
		return jdbc.sql(SELECT + " where published order by fiscal_year desc, period_end desc")
			.query(RoundRepository::map)
			.list();
	}

	int update(long id, int version, String status, boolean published, LocalDate dueDate) {
		return jdbc.sql("""
				update reporting_round
				set status = :status, published = :published, due_date = :due, version = version + 1,
				    closed_at = case when :status = 'CLOSED' then coalesce(closed_at, now()) else null end
				where id = :id and version = :version
				""")
			.param("status", status)
			.param("published", published)
			.param("due", dueDate)
			.param("id", id)
			.param("version", version)
			.update();
	}

	static Round map(ResultSet rs, int row) throws SQLException {
		return new Round(rs.getLong("id"), rs.getInt("fiscal_year"), RoundKind.valueOf(rs.getString("kind")),
				rs.getString("title_th"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				"OPEN".equals(rs.getString("status")), rs.getBoolean("published"),
				rs.getTimestamp("opened_at").toInstant(), rs.getInt("version"));
	}

}
