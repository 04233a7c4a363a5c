package org.sujarit.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FileRepository {

	/** A stored file and where its bytes are, relative to the files root. */
	record Entry(StoredFile file, String storagePath) {
	}

	private final JdbcClient jdbc;

	FileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredFile file, String storagePath, String storedBy) {
		jdbc.sql("""
				insert into platform_file (id, original_name, content_type, kind, size, sha256, storage_path,
				                           stored_at, stored_by)
				values (:id, :name, :contentType, :kind, :size, :sha256, :path, :storedAt, :storedBy)
				""")
			.param("id", UUID.fromString(file.id()))
			.param("name", file.originalName())
			.param("contentType", file.contentType())
			.param("kind", file.kind().name())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("path", storagePath)
			.param("storedAt", OffsetDateTime.ofInstant(file.storedAt(), ZoneOffset.UTC))
			.param("storedBy", storedBy)
			.update();
	}

	Optional<Entry> find(UUID id) {
		return jdbc.sql("""
				select id, original_name, content_type, kind, size, sha256, storage_path, stored_at
				from platform_file
				where id = :id
				""").param("id", id).query(FileRepository::map).optional();
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		StoredFile file = new StoredFile(rs.getString("id"), rs.getString("original_name"),
				rs.getString("content_type"), FileKind.valueOf(rs.getString("kind")), rs.getLong("size"),
				rs.getString("sha256"), rs.getObject("stored_at", OffsetDateTime.class).toInstant());
		return new Entry(file, rs.getString("storage_path"));
	}

}
