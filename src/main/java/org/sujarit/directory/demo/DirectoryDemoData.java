package org.sujarit.directory.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAccountRequest;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.NewUser;
import org.sujarit.platform.demo.DemoDataStep;

/**
 * Demo mode only: the central agencies named in the FY2565 report (ministries, departments, PACC and its
 * 9 regions, independent bodies...), the demo accounts and two pending account requests. Local
 * governments are not demo data: they are loaded in every mode.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class DirectoryDemoData implements DemoDataStep {

	private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

	private final Directory directory;

	DirectoryDemoData(Directory directory) {
		this.directory = directory;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void load() {
		// code,name_th,name_en,abbrev_th,type,parent_code,province_code (parents come first)
		for (List<String> row : DemoDirectory.rows("demo/agencies.csv")) {
			directory.saveAgency(new NewAgency(row.get(0), row.get(1), DemoDirectory.blankToNull(row.get(2)),
					DemoDirectory.blankToNull(row.get(3)), AgencyType.valueOf(row.get(4)),
					DemoDirectory.blankToNull(row.get(5)), DemoDirectory.blankToNull(row.get(6)), null));
		}
		int created = 0;
		for (DemoDirectory.DemoUser user : DemoDirectory.users()) {
			if (directory.usernameTaken(user.username())) {
				continue;
			}
			Long agencyId = user.agencyCode() == null ? null
					: directory.agencyByCode(user.agencyCode()).orElseThrow().id();
			directory.createUser(new NewUser(user.username(), user.displayName(), user.email(), null, null, agencyId,
					Set.of(user.role()), user.workingGroup()), DemoDirectory.PASSWORD);
			created++;
		}
		for (DemoDirectory.DemoRequest request : DemoDirectory.requests()) {
			if (directory.usernameTaken(request.username())
					|| directory.accountRequestState(request.username()).isPresent()) {
				continue;
			}
			long agencyId = directory.agencyByCode(request.agencyCode()).orElseThrow().id();
			directory.requestAccount(new NewAccountRequest(agencyId, request.fullName(), request.positionTh(),
					request.email(), request.phone(), request.username(), request.role(), DemoDirectory.PASSWORD));
		}
		if (created > 0) {
			log.info("Demo accounts created: {}", created);
		}
	}

}
