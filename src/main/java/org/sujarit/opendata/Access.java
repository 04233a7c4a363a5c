package org.sujarit.opendata;

import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * Who may see and change an LAO's budget documents: its own reporters change them (its approvers may
 * read them); coordinators and administrators may do both for any LAO.
 */
final class Access {

	private Access() {
	}

	static SujaritUser view(long agencyId) {
		SujaritUser user = CurrentUser.require();
		if (user.seesAllAgencies() || user.belongsTo(agencyId)
				&& (user.has(Role.AGENCY_REPORTER) || user.has(Role.AGENCY_APPROVER))) {
			return user;
		}
		throw DomainException.forbidden("opendata.access.denied");
	}

	static SujaritUser edit(long agencyId) {
		SujaritUser user = CurrentUser.require();
		if (user.seesAllAgencies() || user.belongsTo(agencyId) && user.has(Role.AGENCY_REPORTER)) {
			return user;
		}
		throw DomainException.forbidden("opendata.access.denied");
	}

	static boolean canEdit(long agencyId) {
		return CurrentUser.find()
			.map(user -> user.seesAllAgencies() || user.belongsTo(agencyId) && user.has(Role.AGENCY_REPORTER))
			.orElse(false);
	}

}
