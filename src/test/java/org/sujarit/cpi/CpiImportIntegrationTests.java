package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.cpi.imports.CpiImports;
import org.sujarit.cpi.imports.ImportPreview;
import org.sujarit.cpi.imports.ImportProblem;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.files.TestFiles;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * Importing TI-shaped workbooks into the real database: results and source scores stored, a year replaced
 * whole, corrected scores named before they are replaced, errors blocking, what-if world and regional
 * ranks, the bundled reference data standing aside for imported years, and the role check.
 */
@IntegrationTest
@Transactional
class CpiImportIntegrationTests {

	@Autowired
	org.sujarit.platform.audit.AuditLog audit;

	@Autowired
	CpiImports imports;

	@Autowired
	Cpi cpi;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CpiReferenceData referenceData;

	@BeforeEach
	void signIn() {
		signIn(Role.COORDINATOR);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aResultsWorkbookIsCheckedThenStoredWithEveryCountrysSourceScores() {
		assertThat(cpi.countries(2024)).hasSize(11);
		ImportPreview preview = imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024));
		assertThat(preview.errorCount()).isZero();
		assertThat(preview.canApply()).isTrue();
		assertThat(preview.sha256()).hasSize(64);
		assertThat(preview.years()).singleElement().satisfies(year -> {
			assertThat(year.year()).isEqualTo(2024);
			assertThat(year.countries()).isEqualTo(8);
			assertThat(year.sourceScores()).isTrue();
			assertThat(year.loadedNow()).isEqualTo(11);
			assertThat(year.thailand().score()).isEqualByComparingTo("34");
			assertThat(year.thailand().rank()).isEqualByComparingTo("7");
		});
		// nothing written by the check
		assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().rank()).isEqualTo(107);

		ImportPreview applied = imports.apply(preview.token(), List.of(2024));
		assertThat(applied.applied()).isTrue();
		assertThat(applied.appliedYears()).containsExactly(2024);
		assertThat(cpi.countries(2024)).hasSize(8).first().satisfies(first -> {
			assertThat(first.countryCode()).isEqualTo("DNK");
			assertThat(first.region()).isEqualTo("WE/EU");
		});
		CountryYear thailand = cpi.result(Cpi.THAILAND, 2024).orElseThrow();
		assertThat(thailand.score()).isEqualTo(34);
		assertThat(thailand.rank()).isEqualTo(7);
		assertThat(thailand.countries()).isEqualTo(8);
		assertThat(thailand.region()).isEqualTo("AP");
		assertThat(thailand.standardError()).isEqualByComparingTo("0.64918");
		assertThat(thailand.ciLow()).isEqualByComparingTo("32.935");
		assertThat(cpi.sourceScores(2024)).hasSize(9).anySatisfy(s -> {
			assertThat(s.sourceCode()).isEqualTo("PERC");
			assertThat(s.score()).isEqualByComparingTo("41.2857");
		});
		assertThat(jdbc.sql("select source_code from cpi_source_score where country_code = 'SOM' and year = 2024 order by 1")
			.query(String.class)
			.list()).containsExactly("AFDB", "BF", "EIU", "GI", "PRS", "VDEM", "WB");
		// Brunei's bundled 2024 row went with the rest of the year
		assertThat(cpi.result("BRN", 2024)).isEmpty();
		assertThat(cpi.result(Cpi.THAILAND, 2023).orElseThrow().rank()).isEqualTo(108);
		assertThat(cpi.worldYears()).containsExactly(2024);
		assertThat(audit.history("cpi_import", preview.token().toString()))
			.filteredOn(e -> e.action().equals("CPI_IMPORT_APPLIED"))
			.singleElement()
			.satisfies(e -> assertThat(e.after()).contains(preview.sha256()));
		// applying again changes nothing
		assertThat(imports.apply(preview.token(), List.of(2024)).appliedAt()).isEqualTo(applied.appliedAt());
	}

	@Test
	void reimportingAYearReplacesItWhole() {
		imports.apply(imports.dryRun("first.xlsx", TiWorkbooks.results(2024)).token(), List.of());
		List<TiWorkbooks.Country> withoutSomalia = TiWorkbooks.sample().stream().filter(c -> !c.iso3().equals("SOM")).toList();
		imports.apply(imports.dryRun("second.xlsx", TiWorkbooks.results(2024, withoutSomalia)).token(), List.of());
		assertThat(cpi.countries(2024)).hasSize(7).noneMatch(c -> c.countryCode().equals("SOM"));
		assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().countries()).isEqualTo(7);
		assertThat(jdbc.sql("select count(*) from cpi_source_score where country_code = 'SOM' and year = 2024")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theTimeseriesReplacesResultsAndKeepsThatYearsSourceScores() {
		byte[] strict = TiWorkbooks.strict(TiWorkbooks.globalResultsTrends(2023, 2024));
		ImportPreview preview = imports.dryRun("CPI2024_GlobalResultsTrends.xlsx", strict);
		assertThat(preview.errorCount()).isZero();
		assertThat(preview.yearsFound()).containsExactly(2023, 2024);
		assertThat(preview.years().get(0).sourceScores()).isFalse();
		imports.apply(preview.token(), List.of(2023, 2024));
		assertThat(cpi.countries(2023)).hasSize(8);
		assertThat(cpi.result(Cpi.THAILAND, 2023).orElseThrow().rank()).isEqualTo(6);
		// 2023 came from the timeseries: Thailand's bundled source scores of 2023 stay
		assertThat(cpi.sourceScores(2023)).hasSize(9);
		assertThat(cpi.sourceScores(2024)).hasSize(9);
	}

	@Test
	void aCorrectedScoreIsNamedInThePreviewAndAChangeSinceTheCheckStopsTheApply() {
		SourceScore wef = cpi.sourceScore(2024, "WEF").orElseThrow();
		cpi.correctSourceScore(2024, "WEF", wef.version(), new BigDecimal("37"));
		ImportPreview preview = imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024));
		assertThat(preview.years().get(0).correctedReplaced()).singleElement().satisfies(c -> {
			assertThat(c.countryCode()).isEqualTo(Cpi.THAILAND);
			assertThat(c.sourceCode()).isEqualTo("WEF");
			assertThat(c.corrected()).isEqualByComparingTo("37");
			assertThat(c.imported()).isEqualByComparingTo("33.8638");
		});
		assertThat(preview.problems()).anySatisfy(p -> {
			assertThat(p.code()).isEqualTo("cpi.import.problem.corrected-replaced");
			assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
		});
		assertThat(preview.canApply()).isTrue();

		// a second correction after the check: the apply refuses instead of overwriting it unseen
		SourceScore imd = cpi.sourceScore(2024, "IMD").orElseThrow();
		cpi.correctSourceScore(2024, "IMD", imd.version(), new BigDecimal("40"));
		assertThatThrownBy(() -> imports.apply(preview.token(), List.of(2024)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("cpi.import.stale"));
		assertThat(cpi.sourceScore(2024, "IMD").orElseThrow().score()).isEqualByComparingTo("40");

		ImportPreview again = imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024));
		assertThat(again.years().get(0).correctedReplaced()).hasSize(2);
		imports.apply(again.token(), List.of(2024));
		assertThat(cpi.sourceScore(2024, "WEF").orElseThrow()).satisfies(s -> {
			assertThat(s.score()).isEqualByComparingTo("33.8638");
			assertThat(s.corrected()).isFalse();
		});
	}

	@Test
	void aWorkbookWithErrorsCannotBeAppliedAndChangesNothing() {
		List<List<Object>> grid = TiWorkbooks.set(TiWorkbooks.resultsSheet(2024, TiWorkbooks.sample()), "THA",
				"CPI 2024 score", "สามสิบสี่");
		Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
		sheets.put("CPI2024", grid);
		ImportPreview preview = imports.dryRun("broken.xlsx", TiWorkbooks.workbook(sheets));
		assertThat(preview.errorCount()).isPositive();
		assertThat(preview.canApply()).isFalse();
		assertThat(preview.problems().get(0)).satisfies(p -> {
			assertThat(p.code()).isEqualTo("cpi.import.problem.not-a-number");
			assertThat(p.sheet()).isEqualTo("CPI2024");
			assertThat(p.column()).isEqualTo("D");
		});
		assertThatThrownBy(() -> imports.apply(preview.token(), List.of()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("cpi.import.has-errors"));
		assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().rank()).isEqualTo(107);
		assertThat(cpi.countries(2024)).hasSize(11);
	}

	@Test
	void filesThatAreNotWorkbooksAreRefused() {
		assertThatThrownBy(() -> imports.dryRun("CPI2024_Results.xlsx", "Country,ISO3\nThailand,THA\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("cpi.import.file.not-xlsx"));
		assertThatThrownBy(() -> imports.dryRun("CPI2024_Results.xlsx", TestFiles.pdf()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("platform.tabular.unsupported"));
		assertThatThrownBy(() -> imports.dryRun("empty.xlsx", new byte[0]))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("cpi.import.file.empty"));
	}

	@Test
	void withTheWholeWorldLoadedTheWhatIfGivesWorldAndAsiaPacificRanks() {
		imports.apply(imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024)).token(), List.of());
		WhatIf unchanged = cpi.whatIf(2024, Map.of());
		assertThat(unchanged.worldData()).isTrue();
		assertThat(unchanged.estimate().score()).isEqualTo(34);
		assertThat(unchanged.worldRank()).isEqualTo(7);
		assertThat(unchanged.worldCountries()).isEqualTo(8);
		assertThat(unchanged.regionRank()).isEqualTo(4);
		assertThat(unchanged.regionCountries()).isEqualTo(4);
		// 37: level with Indonesia, behind Denmark, Singapore, Canada, Malaysia and Kosovo
		WhatIf likeIndonesia = cpi.whatIf(2024, Map.of("WEF", new BigDecimal("50"), "GI", new BigDecimal("41")));
		assertThat(likeIndonesia.estimate().score()).isEqualTo(37);
		assertThat(likeIndonesia.worldRank()).isEqualTo(6);
		assertThat(likeIndonesia.regionRank()).isEqualTo(3);
		assertThat(cpi.compare(2024, CpiGroup.AP)).extracting(CountryYear::countryCode)
			.containsExactly("SGP", "MYS", "IDN", Cpi.THAILAND);
		assertThat(cpi.compare(2024, CpiGroup.WORLD)).hasSize(8);
		assertThat(cpi.compare(2024, CpiGroup.ASEAN)).hasSize(4);
		// a year without the world loaded keeps the cautious answer
		assertThat(cpi.whatIf(2025, Map.of()).worldData()).isFalse();
	}

	@Test
	void theBundledReferenceDataStandsAsideForImportedYears() {
		imports.apply(imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024)).token(), List.of());
		referenceData.load();
		assertThat(cpi.result(Cpi.THAILAND, 2024).orElseThrow().rank()).isEqualTo(7);
		assertThat(cpi.result("BRN", 2024)).isEmpty();
		assertThat(cpi.result(Cpi.THAILAND, 2025).orElseThrow().rank()).isEqualTo(116);
	}

	@Test
	void onlyCoordinatorsAndAdministratorsImport() {
		ImportPreview preview = imports.dryRun("CPI2024_Results.xlsx", TiWorkbooks.results(2024));
		for (Role role : List.of(Role.AGENCY_REPORTER, Role.AGENCY_APPROVER, Role.WORKING_GROUP_MEMBER)) {
			signIn(role);
			assertThatThrownBy(() -> imports.dryRun("x.xlsx", TiWorkbooks.results(2024))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.apply(preview.token(), List.of())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.preview(preview.token())).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> imports.recent(5)).isInstanceOf(AccessDeniedException.class);
		}
		signIn(Role.SYSTEM_ADMIN);
		assertThat(imports.apply(preview.token(), List.of()).applied()).isTrue();
	}

	private static void signIn(Role role) {
		SujaritUser user = TestPrincipals.principal("cpi.import." + role.name().toLowerCase(Locale.ROOT),
				role == Role.AGENCY_REPORTER || role == Role.AGENCY_APPROVER ? 800_101L : null, role);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
