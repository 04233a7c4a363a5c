package org.sujarit.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	private static final String FILTER = """

			where concat_ws(' ', username, display_name, email, position_th) ilike all (cast(:words as text[]))
			  and (cast(:role as text) is null or cast(:role as text) = any(roles))
			  and (cast(:agency as bigint) is null or agency_id = :agency)
			  and (cast(:enabled as boolean) is null or enabled = :enabled)
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

	Map<Long, List<UserAccount>> findEnabledByAgencies(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<UserAccount>> byAgency = new HashMap<>();
		jdbc.sql(SELECT + " where agency_id = any(cast(:ids as bigint[])) and enabled order by agency_id, username")
			.param("ids", agencyIds.toArray(Long[]::new))
			.query(UserAccountRepository::map)
			.list()
			.forEach(user -> byAgency.computeIfAbsent(user.agencyId(), id -> new ArrayList<>()).add(user));
		return byAgency;
	}

	List<UserAccount> findAll(UserQuery query, int limit, int offset) {
		return jdbc.sql(SELECT + FILTER + " order by username limit :limit offset :offset")
			.params(filter(query))
			.param("limit", limit)
			.param("offset", offset)
			.query(UserAccountRepository::map)
			.list();
	}

	int count(UserQuery query) {
		return jdbc.sql("select count(*) from directory_user" + FILTER).params(filter(query)).query(Integer.class).single();
	}

	/** Accounts per agency, for the agency list. */
	Map<Long, Integer> countByAgency(Collection<Long> agencyIds) {
		if (agencyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select agency_id, count(*) as n from directory_user
				where agency_id in (:ids) and enabled
				group by agency_id
				""").param("ids", agencyIds).query(rs -> {
			counts.put(rs.getLong("agency_id"), rs.getInt("n"));
		});
		return counts;
	}

	private static Map<String, Object> filter(UserQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("words", SearchWords.likePatterns(query.text()));
		params.put("role", query.role() == null ? null : query.role().name());
		params.put("agency", query.agencyId());
		params.put("enabled", query.enabled());
		return params;
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

	int setPassword(long id, int version, String passwordHash) {
		return jdbc.sql("""
				update directory_user set password_hash = :hash, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""").param("hash", passwordHash).param("id", id).param("version", version).update();
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

	/** Other enabled system administrators than the given account. */
	int otherEnabledAdministrators(long id) {
		return jdbc.sql("""
				select count(*) from directory_user
				where id <> :id and enabled and 'SYSTEM_ADMIN' = any(roles)
				""").param("id", id).query(Integer.class).single();
	}

	/** Number of active agencies per type, and how many of them have at least one enabled user. */
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

	/** The same for local governments, per province. */
	List<ProvinceRegistrationCount> registeredLocalGovernmentsByProvince() {
		return jdbc.sql("""
				select p.code, p.name_th, count(*) as total,
				       count(*) filter (where exists (select 1 from directory_user u
				                                      where u.agency_id = a.id and u.enabled)) as registered
				from directory_agency a
				join directory_province p on p.code = a.province_code
				where a.active and a.type = any(cast(:local as text[]))
				group by p.code, p.name_th
				order by p.name_th
				""")
			.param("local", AgencyType.localGovernments().stream().map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> new ProvinceRegistrationCount(rs.getString("code"), rs.getString("name_th"),
					rs.getInt("total"), rs.getInt("registered")))
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

	record ProvinceRegistrationCount(String code, String nameTh, int total, int registered) {
	}

}
