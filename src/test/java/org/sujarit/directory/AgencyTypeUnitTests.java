package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyTypeUnitTests {

	@Test
	void readsTheDlaKeysAndWhatPeopleType() {
		assertThat(AgencyType.fromDla("subdistrict_admin_org")).isEqualTo(AgencyType.SUBDISTRICT_ADMIN_ORG);
		assertThat(AgencyType.parse(" city-municipality ")).contains(AgencyType.CITY_MUNICIPALITY);
		assertThat(AgencyType.parse("Independent Agency")).contains(AgencyType.INDEPENDENT_AGENCY);
		assertThat(AgencyType.parse("BUREAU")).isEmpty();
		assertThat(AgencyType.parse("")).isEmpty();
	}

	@Test
	void sixTypesAreLocalGovernments() {
		assertThat(AgencyType.localGovernments()).hasSize(6).doesNotContain(AgencyType.DEPARTMENT);
	}

}
