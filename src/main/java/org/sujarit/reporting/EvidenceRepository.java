package org.sujarit.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.platform.files.StoredFile;

@Repository
class EvidenceRepository {

	private static final String SELECT = """
			select id, report_id, file_id, original_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by
			from reporting_evidence
			""";

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long reportId, StoredFile file, String actor) {
		return jdbc.sql("""
				insert into reporting_evidence (report_id, file_id, original_name, content_type, size_bytes, sha256, uploaded_by)
				values (:report, :file, :name, :type, :size, :sha, :actor)
				returning id
				""")
			.param("report", reportId)
			.param("file", file.id())
			.param("name", file.originalName())
			.param("type", file.contentType())
			.param("size", file.size())
			.param("sha", file.sha256())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	List<Evidence> of(long reportId) {
		return jdbc.sql(SELECT + " where report_id = :report and removed_at is null order by id")
			.param("report", reportId)
			.query(EvidenceRepository::map)
			.list();
	}

	Optional<Evidence> find(long id) {
		return jdbc.sql(SELECT + " where id = :id and removed_at is null").param("id", id).query(EvidenceRepository::map).optional();
	}

	int remove(long id, String actor) {
		return jdbc.sql("update reporting_evidence set removed_at = now(), removed_by = :actor where id = :id and removed_at is null")
			.param("id", id)
			.param("actor", actor)
			.update();
	}

	private static Evidence map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Evidence(rs.getLong("id"), rs.getLong("report_id"), rs.getString("file_id"),
				rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
	}

}
