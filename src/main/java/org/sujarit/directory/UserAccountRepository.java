package org.sujarit.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

@Repository
class UserAccountRepository {

	private static final String SELECT = """
			select id, username, password_hash, display_name, email, phone, position_th, agency_id, roles,
			       working_group, enabled, version
			from directory_user
			""";

	private final JdbcClient jdbc;

	UserAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SujaritUser> findPrincipal(String username) {
		return jdbc.sql(SELECT + " where username = lower(:username)")
			.param("username", username)
			.query((rs, n) -> new SujaritUser(rs.getLong("id"), rs.getString("username"),
					rs.getString("password_hash"), rs.getString("display_name"), (Long) rs.getObject("agency_id"),
					roles(rs.getArray("roles")), rs.getString("working_group"), rs.getBoolean("enabled")))
			.optional();
	}

	Optional<UserAccount> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(UserAccountRepository::map).optional();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select exists (select 1 from directory_user where username = lower(:username))")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	List<UserAccount> findByAgency(long agencyId) {
		return jdbc.sql(SELECT + " where agency_id = :agency order by username")
			.param("agency", agencyId)
			.query(UserAccountRepository::map)
			.list();
	}

	List<UserAccount> findAll(int limit, int offset) {
		return jdbc.sql(SELECT + " order by username limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(UserAccountRepository::map)
			.list();
	}

	long insert(NewUser user, String passwordHash) {
		return jdbc.sql("""
				insert into directory_user (username, password_hash, display_name, email, phone, position_th,
				                            agency_id, roles, working_group)
				values (lower(:username), :hash, :displayName, :email, :phone, :position, :agency,
				        cast(:roles as text[]), :workingGroup)
				returning id
				""")
			.param("username", user.username())
			.param("hash", passwordHash)
			.param("displayName", user.displayName())
			.param("email", user.email())
			.param("phone", user.phone())
			.param("position", user.positionTh())
			.param("agency", user.agencyId())
			.param("roles", user.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("workingGroup", user.workingGroup())
			.query(Long.class)
			.single();
	}

	int setPassword(String username, String passwordHash) {
		return jdbc.sql("""
				update directory_user set password_hash = :hash, version = version + 1, updated_at = now()
				where username = lower(:username)
				""").param("hash", passwordHash).param("username", username).update();
	}

	int update(long id, int version, Set<Role> roles, boolean enabled, String workingGroup) {
		return jdbc.sql("""
				update directory_user set roles = cast(:roles as text[]), enabled = :enabled,
				       working_group = :workingGroup, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("roles", roles.stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("enabled", enabled)
			.param("workingGroup", workingGroup)
			.param("id", id)
			.param("version", version)
			.update();
	}

	/** Number of agencies per type that have at least one enabled user. */
	List<RegistrationCount> registeredAgenciesByType() {
		return jdbc.sql("""
				select a.type, count(*) as total,
				       count(*) filter (where exists (select 1 from directory_user u
				                                      where u.agency_id = a.id and u.enabled)) as registered
				from directory_agency a
				where a.active
				group by a.type
				""")
			.query((rs, n) -> new RegistrationCount(AgencyType.valueOf(rs.getString("type")), rs.getInt("total"),
					rs.getInt("registered")))
			.list();
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("phone"), rs.getString("position_th"),
				(Long) rs.getObject("agency_id"), roles(rs.getArray("roles")), rs.getString("working_group"),
				rs.getBoolean("enabled"), rs.getInt("version"));
	}

	private static Set<Role> roles(Array array) throws SQLException {
		String[] names = (String[]) array.getArray();
		return Arrays.stream(names)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	record RegistrationCount(AgencyType type, int total, int registered) {
	}

}
