package org.sujarit.opendata.publish;

import java.util.List;
import java.util.Locale;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.web.DomainException;

/**
 * The portals Sujarit publishes to and each local government's organisation and API token on them;
 * administrators and coordinators only. Tokens go in encrypted and never come out through here.
 */
@Service
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR')")
public class PortalSettings {

	private final PortalRepository repository;

	private final TokenCipher cipher;

	PortalSettings(PortalRepository repository, TokenCipher cipher) {
		this.repository = repository;
		this.cipher = cipher;
	}

	public List<Portal> portals() {
		return repository.portals();
	}

	public Portal portal(long id) {
		return repository.portal(id).orElseThrow(() -> DomainException.notFound("opendata.publish.portal-not-found", id));
	}

	@Transactional
	public long addPortal(String name, String baseUrl, String licenseId) {
		return repository.insertPortal(name.strip(), trimSlash(baseUrl), licenseId.strip());
	}

	@Transactional
	public void updatePortal(long id, int version, String name, String baseUrl, String licenseId, boolean enabled) {
		portal(id);
		if (!repository.updatePortal(id, version, name.strip(), trimSlash(baseUrl), licenseId.strip(), enabled)) {
			throw new OptimisticLockingFailureException("opendata_ckan_portal " + id);
		}
	}

	public List<PortalCredential> credentials(long portalId) {
		return repository.credentials(portalId);
	}

	/** Sets (or replaces) the agency's organisation and token on the portal. */
	@Transactional
	public void saveCredential(long portalId, long agencyId, String ownerOrg, String maintainer,
			String maintainerEmail, String token) {
		portal(portalId);
		String clean = token.strip();
		if (clean.length() < 8) {
			throw DomainException.invalid("opendata.publish.token-too-short");
		}
		repository.upsertCredential(portalId, agencyId, ownerOrg.strip().toLowerCase(Locale.ROOT), maintainer.strip(),
				maintainerEmail.strip(), cipher.encrypt(clean), clean.substring(clean.length() - 4), Actor.current());
	}

	private static String trimSlash(String url) {
		String clean = url.strip();
		while (clean.endsWith("/")) {
			clean = clean.substring(0, clean.length() - 1);
		}
		return clean;
	}

}
