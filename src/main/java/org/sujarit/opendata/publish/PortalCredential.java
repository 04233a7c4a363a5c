package org.sujarit.opendata.publish;

import java.time.Instant;

/**
 * A local government's organisation on a portal, as administrators see it: never the token itself, only
 * its last four characters.
 */
public record PortalCredential(long id, long portalId, long agencyId, String ownerOrg, String maintainer,
		String maintainerEmail, String tokenHint, String updatedBy, Instant updatedAt, int version) {
}
