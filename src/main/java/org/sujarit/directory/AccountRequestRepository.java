package org.sujarit.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.platform.security.Role;

@Repository
class AccountRequestRepository {

	private static final String SELECT = """
			select id, agency_id, full_name, position_th, email, phone, username, requested_role, status,
			       decision_reason, decided_by, decided_at, user_id, created_at, version
			from directory_account_request
			""";

	private final JdbcClient jdbc;

	AccountRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewAccountRequest request, String passwordHash) {
		return jdbc.sql("""
				insert into directory_account_request (agency_id, full_name, position_th, email, phone, username,
				                                       password_hash, requested_role)
				values (:agency, :fullName, :position, :email, :phone, lower(:username), :hash, :role)
				returning id
				""")
			.param("agency", request.agencyId())
			.param("fullName", request.fullName())
			.param("position", request.positionTh())
			.param("email", request.email())
			.param("phone", request.phone())
			.param("username", request.username())
			.param("hash", passwordHash)
			.param("role", request.requestedRole().name())
			.query(Long.class)
			.single();
	}

	Optional<AccountRequest> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(AccountRequestRepository::map).optional();
	}

	String passwordHash(long id) {
		return jdbc.sql("select password_hash from directory_account_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	boolean pendingFor(String username) {
		return jdbc.sql("""
				select exists (select 1 from directory_account_request
				               where username = lower(:username) and status = 'PENDING')
				""").param("username", username).query(Boolean.class).single();
	}

	/** The newest request made under a user name. */
	Optional<AccountRequest> latestFor(String username) {
		return jdbc.sql(SELECT + " where username = lower(:username) order by created_at desc, id desc limit 1")
			.param("username", username)
			.query(AccountRequestRepository::map)
			.optional();
	}

	List<AccountRequest> findAll(AccountRequestStatus status, int limit, int offset) {
		return jdbc.sql(SELECT + """
				where (cast(:status as text) is null or status = :status)
				order by status = 'PENDING' desc, created_at desc, id desc
				limit :limit offset :offset
				""")
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(AccountRequestRepository::map)
			.list();
	}

	int count(AccountRequestStatus status) {
		return jdbc.sql("""
				select count(*) from directory_account_request
				where (cast(:status as text) is null or status = :status)
				""").param("status", status == null ? null : status.name()).query(Integer.class).single();
	}

	/** Decides a pending request; 0 rows when it was decided or changed meanwhile. */
	int decide(long id, int version, AccountRequestStatus status, String reason, String decidedBy, Long userId) {
		return jdbc.sql("""
				update directory_account_request
				set status = :status, decision_reason = :reason, decided_by = :decidedBy, decided_at = now(),
				    user_id = :userId, version = version + 1
				where id = :id and version = :version and status = 'PENDING'
				""")
			.param("status", status.name())
			.param("reason", reason)
			.param("decidedBy", decidedBy)
			.param("userId", userId)
			.param("id", id)
			.param("version", version)
			.update();
	}

	static AccountRequest map(ResultSet rs, int row) throws SQLException {
		return new AccountRequest(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("full_name"),
				rs.getString("position_th"), rs.getString("email"), rs.getString("phone"), rs.getString("username"),
				Role.valueOf(rs.getString("requested_role")), AccountRequestStatus.valueOf(rs.getString("status")),
				rs.getString("decision_reason"), rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")),
				(Long) rs.getObject("user_id"), instant(rs.getTimestamp("created_at")), rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
