package org.sujarit.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.audit.Actor;

/**
 * The national list of local governments is in the directory after start-up, in every mode.
 */
@IntegrationTest
class DlaReferenceLoaderIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DlaReferenceLoader loader;

	@Test
	void loadsEveryLocalGovernmentWithItsType() {
		Map<AgencyType, Integer> counts = new HashMap<>();
		jdbc.sql("""
				select type, count(*) as n from directory_agency
				where code in (select unnest(cast(:codes as text[])))
				group by type
				""").param("codes", dlaCodes()).query(rs -> {
			counts.put(AgencyType.valueOf(rs.getString("type")), rs.getInt("n"));
		});
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(AgencyType.PROVINCIAL_ADMIN_ORG, 76,
				AgencyType.CITY_MUNICIPALITY, 30, AgencyType.TOWN_MUNICIPALITY, 195,
				AgencyType.SUBDISTRICT_MUNICIPALITY, 2247, AgencyType.SUBDISTRICT_ADMIN_ORG, 5300,
				AgencyType.SPECIAL_ADMIN_AREA, 1));
		assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7849);
	}

	@Test
	void namesEachAuthorityWithItsTypeAndPlacesItInItsProvince() {
		Agency pao = directory.agencyByCode("2500101").orElseThrow();
		assertThat(pao.nameTh()).isEqualTo("องค์การบริหารส่วนจังหวัดเชียงใหม่");
		assertThat(pao.shortName()).isEqualTo("อบจ.เชียงใหม่");
		assertThat(pao.type()).isEqualTo(AgencyType.PROVINCIAL_ADMIN_ORG);
		assertThat(pao.provinceCode()).isEqualTo("50");
		assertThat(pao.provinceTh()).isEqualTo("เชียงใหม่");
		assertThat(pao.parentId()).isNull();
		Agency pattaya = directory.agencyByCode("3200408").orElseThrow();
		assertThat(pattaya.nameTh()).isEqualTo("เมืองพัทยา");
		assertThat(pattaya.type()).isEqualTo(AgencyType.SPECIAL_ADMIN_AREA);
		assertThat(pattaya.districtTh()).isEqualTo("บางละมุง");
	}

	@Test
	void derivesTheProvincesAndAddsBangkok() {
		var provinces = directory.provinces();
		assertThat(provinces).hasSize(77);
		assertThat(provinces).anySatisfy(p -> {
			assertThat(p.code()).isEqualTo("10");
			assertThat(p.nameTh()).isEqualTo("กรุงเทพมหานคร");
			assertThat(p.nameEn()).isEqualTo("Bangkok");
		});
		assertThat(provinces).anySatisfy(p -> {
			assertThat(p.code()).isEqualTo("50");
			assertThat(p.nameEn()).isEqualTo("Chiang Mai");
		});
	}

	@Test
	void loadingAgainIsSkippedAndWritesNothing() {
		long auditEntries = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
		var result = Actor.runAs("test", loader::load);
		assertThat(result.skipped()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isEqualTo(auditEntries);
	}

	private static String[] dlaCodes() {
		var parsed = DlaReferenceLoader.parse(
				new String(DlaReferenceLoader.read(DlaReferenceLoader.RESOURCE), java.nio.charset.StandardCharsets.UTF_8),
				new String(DlaReferenceLoader.read(DlaReferenceLoader.PROVINCES), java.nio.charset.StandardCharsets.UTF_8));
		return parsed.agencies().stream().map(a -> a.code()).toArray(String[]::new);
	}

}
