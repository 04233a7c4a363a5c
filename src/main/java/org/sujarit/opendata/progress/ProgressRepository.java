package org.sujarit.opendata.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.opendata.DocumentState;
import org.sujarit.opendata.DocumentType;

/**
 * The documents' states for progress tracking: one query per fiscal year and type, whatever the number of
 * LAOs (at most one document per LAO, year and type).
 */
@Repository
class ProgressRepository {

	/** One LAO's document as progress tracking needs it. */
	record DocumentStatus(long id, long agencyId, DocumentState state, boolean outOfDate, int errorCount,
			Instant uploadedAt, Instant publishedAt) {
	}

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By agency id. */
	Map<Long, DocumentStatus> statuses(int fiscalYear, DocumentType type) {
		Map<Long, DocumentStatus> byAgency = new HashMap<>();
		jdbc.sql("""
				select id, agency_id, state, out_of_date, error_count, uploaded_at, published_at
				from opendata_document
				where fiscal_year = :fy and document_type = :type
				""").param("fy", fiscalYear).param("type", type.name()).query(rs -> {
			DocumentStatus status = new DocumentStatus(rs.getLong("id"), rs.getLong("agency_id"),
					DocumentState.valueOf(rs.getString("state")), rs.getBoolean("out_of_date"), rs.getInt("error_count"),
					instant(rs.getTimestamp("uploaded_at")), instant(rs.getTimestamp("published_at")));
			byAgency.put(status.agencyId(), status);
		});
		return byAgency;
	}

	/** Fiscal years that have any document, newest first. */
	List<Integer> fiscalYears() {
		return jdbc.sql("select distinct fiscal_year from opendata_document order by fiscal_year desc")
			.query(Integer.class)
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
