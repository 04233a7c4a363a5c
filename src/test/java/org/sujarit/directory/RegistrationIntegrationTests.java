package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;

/**
 * Registration rate: agencies with at least one enabled account over all active agencies of the group.
 */
@IntegrationTest
@Transactional
class RegistrationIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	/** Straight into the table: hashing 60 passwords would only slow the test down. */
	private void account(String username, long agencyId, boolean enabled) {
		jdbc.sql("""
				insert into directory_user (username, password_hash, display_name, agency_id, roles, enabled)
				values (:username, '{noop}unused', 'ผู้รายงาน', :agency, '{AGENCY_REPORTER}', :enabled)
				""").param("username", username).param("agency", agencyId).param("enabled", enabled).update();
	}

	@Test
	void countsProvincialAdministrationsWithAnEnabledAccount() {
		// no account of any local government, whatever other tests left behind
		jdbc.sql("""
				update directory_user set enabled = false
				where agency_id in (select id from directory_agency where type in ('PROVINCIAL_ADMIN_ORG',
				    'CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY', 'SUBDISTRICT_MUNICIPALITY', 'SUBDISTRICT_ADMIN_ORG',
				    'SPECIAL_ADMIN_AREA'))
				""").update();
		List<Agency> paos = directory.select(new AgencySelector(Set.of(AgencyType.PROVINCIAL_ADMIN_ORG), null, null, null));
		assertThat(paos).hasSize(76);
		for (int i = 0; i < 61; i++) {
			account("pao.reg." + i, paos.get(i).id(), true);
		}
		// a second account of a registered agency does not count twice; a disabled one does not count
		account("pao.reg.second", paos.get(0).id(), true);
		account("pao.reg.disabled", paos.get(70).id(), false);

		RegistrationRate rate = directory.registration();
		assertThat(rate.target()).isEqualByComparingTo("80");
		RegistrationGroup pao = rate.byType().stream()
			.filter(g -> g.type() == AgencyType.PROVINCIAL_ADMIN_ORG)
			.findFirst()
			.orElseThrow();
		assertThat(pao.registered()).isEqualTo(61);
		assertThat(pao.total()).isEqualTo(76);
		assertThat(pao.percent()).isEqualByComparingTo(new BigDecimal("80.3"));
		assertThat(pao.met()).isTrue();
		RegistrationGroup sao = rate.byType().stream()
			.filter(g -> g.type() == AgencyType.SUBDISTRICT_ADMIN_ORG)
			.findFirst()
			.orElseThrow();
		assertThat(sao.registered()).isZero();
		assertThat(sao.total()).isEqualTo(5300);
		assertThat(sao.met()).isFalse();
		assertThat(rate.localGovernments().total()).isEqualTo(7849);
		assertThat(rate.localGovernments().registered()).isEqualTo(61);
		assertThat(rate.localGovernments().percent()).isEqualByComparingTo(new BigDecimal("0.8"));
		assertThat(rate.localGovernmentsByProvince()).hasSize(76);
		int registeredInProvinces = rate.localGovernmentsByProvince().stream().mapToInt(RegistrationGroup::registered).sum();
		assertThat(registeredInProvinces).isEqualTo(61);
		RegistrationGroup chiangMai = rate.localGovernmentsByProvince().stream()
			.filter(g -> g.provinceCode().equals("50"))
			.findFirst()
			.orElseThrow();
		assertThat(chiangMai.provinceTh()).isEqualTo("เชียงใหม่");
		assertThat(chiangMai.total()).isEqualTo(jdbc.sql("select count(*) from directory_agency where province_code = '50'")
			.query(Integer.class)
			.single());
	}

}
