package org.sujarit.opendata.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PortalRepository {

	private final JdbcClient jdbc;

	PortalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Portal> portals() {
		return jdbc.sql("select id, name, base_url, license_id, enabled, version from opendata_ckan_portal order by name")
			.query(PortalRepository::portal)
			.list();
	}

	Optional<Portal> portal(long id) {
		return jdbc.sql("select id, name, base_url, license_id, enabled, version from opendata_ckan_portal where id = :id")
			.param("id", id)
			.query(PortalRepository::portal)
			.optional();
	}

	long insertPortal(String name, String baseUrl, String licenseId) {
		return jdbc.sql("""
				insert into opendata_ckan_portal (name, base_url, license_id) values (:name, :baseUrl, :licenseId)
				returning id
				""").param("name", name).param("baseUrl", baseUrl).param("licenseId", licenseId).query(Long.class).single();
	}

	/** @return false when the version no longer matches */
	boolean updatePortal(long id, int version, String name, String baseUrl, String licenseId, boolean enabled) {
		return jdbc.sql("""
				update opendata_ckan_portal
				set name = :name, base_url = :baseUrl, license_id = :licenseId, enabled = :enabled,
				    updated_at = now(), version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("baseUrl", baseUrl)
			.param("licenseId", licenseId)
			.param("enabled", enabled)
			.update() == 1;
	}

	List<PortalCredential> credentials(long portalId) {
		return jdbc.sql("""
				select id, portal_id, agency_id, owner_org, maintainer, maintainer_email, token_hint, updated_by,
				       updated_at, version
				from opendata_ckan_credential where portal_id = :portalId order by agency_id
				""").param("portalId", portalId).query(PortalRepository::credential).list();
	}

	Optional<PortalCredential> credential(long portalId, long agencyId) {
		return jdbc.sql("""
				select id, portal_id, agency_id, owner_org, maintainer, maintainer_email, token_hint, updated_by,
				       updated_at, version
				from opendata_ckan_credential where portal_id = :portalId and agency_id = :agencyId
				""").param("portalId", portalId).param("agencyId", agencyId).query(PortalRepository::credential).optional();
	}

	Optional<String> tokenCipher(long portalId, long agencyId) {
		return jdbc.sql("select token_cipher from opendata_ckan_credential where portal_id = :portalId and agency_id = :agencyId")
			.param("portalId", portalId)
			.param("agencyId", agencyId)
			.query(String.class)
			.optional();
	}

	void upsertCredential(long portalId, long agencyId, String ownerOrg, String maintainer, String maintainerEmail,
			String tokenCipher, String tokenHint, String actor) {
		jdbc.sql("""
				insert into opendata_ckan_credential (portal_id, agency_id, owner_org, maintainer, maintainer_email,
				                                      token_cipher, token_hint, updated_by)
				values (:portalId, :agencyId, :ownerOrg, :maintainer, :maintainerEmail, :tokenCipher, :tokenHint, :actor)
				on conflict (portal_id, agency_id) do update
				set owner_org = excluded.owner_org, maintainer = excluded.maintainer,
				    maintainer_email = excluded.maintainer_email, token_cipher = excluded.token_cipher,
				    token_hint = excluded.token_hint, updated_by = excluded.updated_by, updated_at = now(),
				    version = opendata_ckan_credential.version + 1
				""")
			.param("portalId", portalId)
			.param("agencyId", agencyId)
			.param("ownerOrg", ownerOrg)
			.param("maintainer", maintainer)
			.param("maintainerEmail", maintainerEmail)
			.param("tokenCipher", tokenCipher)
			.param("tokenHint", tokenHint)
			.param("actor", actor)
			.update();
	}

	private static Portal portal(ResultSet rs, int n) throws SQLException {
		return new Portal(rs.getLong("id"), rs.getString("name"), rs.getString("base_url"), rs.getString("license_id"),
				rs.getBoolean("enabled"), rs.getInt("version"));
	}

	private static PortalCredential credential(ResultSet rs, int n) throws SQLException {
		return new PortalCredential(rs.getLong("id"), rs.getLong("portal_id"), rs.getLong("agency_id"),
				rs.getString("owner_org"), rs.getString("maintainer"), rs.getString("maintainer_email"),
				rs.getString("token_hint"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

}
