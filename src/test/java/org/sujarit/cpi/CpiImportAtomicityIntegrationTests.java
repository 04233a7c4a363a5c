package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.IntegrationTest;
import org.sujarit.cpi.imports.CpiImports;
import org.sujarit.cpi.imports.ImportPreview;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * An apply that fails half-way leaves the previous data whole: committed for real (no test transaction),
 * with a trigger that fails on the last year's Somalia row. Uses 2014–2015 and restores the bundled data.
 */
@IntegrationTest
class CpiImportAtomicityIntegrationTests {

	@Autowired
	CpiImports imports;

	@Autowired
	Cpi cpi;

	@Autowired
	CpiReferenceData referenceData;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restore() {
		jdbc.sql("drop trigger if exists cpi_test_fail on cpi_country_year").update();
		jdbc.sql("drop function if exists cpi_test_fail()").update();
		jdbc.sql("delete from cpi_source_score where year in (2014, 2015)").update();
		jdbc.sql("delete from cpi_country_year where year in (2014, 2015)").update();
		jdbc.sql("delete from cpi_import").update();
		SecurityContextHolder.clearContext();
		referenceData.load();
	}

	@Test
	void aFailingApplyLeavesThePreviousImportIntact() {
		SujaritUser user = TestPrincipals.principal("cpi.atomic", null, Role.COORDINATOR);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		ImportPreview first = imports.dryRun("first.xlsx", TiWorkbooks.results(2015, TiWorkbooks.sample(2014)));
		imports.apply(first.token(), List.of(2015));
		assertThat(cpi.countries(2015)).hasSize(8);

		List<TiWorkbooks.Country> withoutDenmark = TiWorkbooks.sample(2014).stream().filter(c -> !c.iso3().equals("DNK")).toList();
		ImportPreview second = imports.dryRun("second.xlsx", TiWorkbooks.globalResultsTrends(withoutDenmark, 2014, 2015));
		assertThat(second.errorCount()).isZero();
		jdbc.sql("""
				create function cpi_test_fail() returns trigger language plpgsql as $$
				begin
				    raise exception 'simulated failure';
				end;
				$$
				""").update();
		jdbc.sql("""
				create trigger cpi_test_fail before insert on cpi_country_year for each row
				when (new.country_code = 'SOM' and new.year = 2015) execute function cpi_test_fail()
				""").update();
		assertThatThrownBy(() -> imports.apply(second.token(), List.of(2014, 2015))).isInstanceOf(DataAccessException.class);

		// 2015 still the first import's, 2014 still the bundled row, the second import not applied
		assertThat(cpi.countries(2015)).hasSize(8).anyMatch(c -> c.countryCode().equals("DNK"));
		assertThat(cpi.result(Cpi.THAILAND, 2015).orElseThrow().rank()).isEqualTo(7);
		assertThat(jdbc.sql("select count(*) from cpi_source_score where year = 2015").query(Integer.class).single())
			.isEqualTo(64);
		assertThat(cpi.countries(2014)).singleElement().extracting(CountryYear::rank).isEqualTo(85);
		assertThat(imports.preview(second.token()).applied()).isFalse();
		assertThat(cpi.worldYears()).containsExactly(2015);
	}

}
