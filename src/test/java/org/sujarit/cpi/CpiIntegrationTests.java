package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * The CPI reference data as loaded at start-up, the facade's views of it, and corrections.
 */
@IntegrationTest
@Transactional
class CpiIntegrationTests {

	@Autowired
	org.sujarit.platform.audit.AuditLog audit;

	@Autowired
	Cpi cpi;

	@Autowired
	CpiReferenceData referenceData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thailand2024Is34Rank107Of180() {
		CountryYear result = cpi.result(Cpi.THAILAND, 2024).orElseThrow();
		assertThat(result.score()).isEqualTo(34);
		assertThat(result.rank()).isEqualTo(107);
		assertThat(result.countries()).isEqualTo(180);
		assertThat(result.standardError()).isEqualByComparingTo("0.64918");
		assertThat(result.ciLow()).isEqualByComparingTo("32.935");
		assertThat(result.ciHigh()).isEqualByComparingTo("35.065");
		assertThat(cpi.thailandHistory()).hasSize(14);
		assertThat(cpi.sourceScores(2024)).hasSize(9)
			.anySatisfy(s -> assertThat(s.score()).isEqualByComparingTo("41.2857"));
	}

	@Test
	void asean2025HasSingaporeAt84Rank3AndBruneiUnscoredIn2022() {
		assertThat(cpi.result("SGP", 2025).orElseThrow()).satisfies(sg -> {
			assertThat(sg.score()).isEqualTo(84);
			assertThat(sg.rank()).isEqualTo(3);
		});
		assertThat(cpi.countries(2025)).hasSize(11).first().extracting(CountryYear::countryCode).isEqualTo("SGP");
		assertThat(cpi.result("BRN", 2022).orElseThrow().scored()).isFalse();
	}

	@Test
	void loadingAgainWritesNothing() {
		assertThat(referenceData.load()).isZero();
	}

	@Test
	void sourceChangesUseTheSeedsTrend() {
		assertThat(cpi.sourceChanges(2025)).hasSize(9).anySatisfy(change -> {
			assertThat(change.sourceCode()).isEqualTo("IMD");
			assertThat(change.previous()).isEqualTo(36);
			assertThat(change.difference()).isEqualTo(-10);
			assertThat(change.trend()).isEqualTo(SourceChange.Trend.DOWN);
		});
		assertThat(cpi.groupTrends()).hasSize(4).allSatisfy(group -> assertThat(group.year()).isEqualTo(2025));
		assertThat(cpi.groupTrends().get(0).sources()).extracting(SourceChange::sourceCode)
			.containsExactlyInAnyOrder("GI", "IMD", "PRS", "WEF");
	}

	@Test
	void gapToTheNationalTargetFrom2025() {
		TargetGap gap = cpi.targetGap().orElseThrow();
		assertThat(gap.latestYear()).isEqualTo(2025);
		assertThat(gap.pointsMissing()).isEqualTo(40);
		assertThat(gap.yearlyGainNeeded()).isEqualByComparingTo("3.33");
	}

	@Test
	void whatIfRaisingTwoSourcesIn2024() {
		Map<String, BigDecimal> changed = new LinkedHashMap<>();
		changed.put("VDEM", new BigDecimal("40"));
		changed.put("PRS", new BigDecimal("40"));
		WhatIf whatIf = cpi.whatIf(2024, changed);
		// (307.5738 − 28.5728 − 32.7812 + 80) / 9 = 36.2466 → 36
		assertThat(whatIf.estimate().score()).isEqualTo(36);
		assertThat(whatIf.estimate().standardError()).isNotNull();
		// among the ASEAN countries of 2024: Singapore 84, Malaysia 50, Timor-Leste 44, Vietnam 40, Indonesia 37 above
		assertThat(whatIf.rankAmongLoaded()).isEqualTo(6);
		assertThat(whatIf.worldRank()).isNull();
		WhatIf unchanged = cpi.whatIf(2024, Map.of());
		assertThat(unchanged.estimate().score()).isEqualTo(34);
		assertThat(unchanged.worldRank()).isEqualTo(107);
		WhatIf likeIndonesia = cpi.whatIf(2024, Map.of("WEF", new BigDecimal("50"), "GI", new BigDecimal("41")));
		assertThat(likeIndonesia.estimate().score()).isEqualTo(37);
		assertThat(likeIndonesia.worldRank()).isEqualTo(99);
	}

	@Test
	void coordinatorsCorrectAScoreWithOptimisticLockingAndTheLoaderKeepsIt() {
		SourceScore wef = cpi.sourceScore(2023, "WEF").orElseThrow();
		signIn(Role.AGENCY_REPORTER);
		assertThatThrownBy(() -> cpi.correctSourceScore(2023, "WEF", wef.version(), new BigDecimal("37")))
			.isInstanceOf(AccessDeniedException.class);
		signIn(Role.COORDINATOR);
		cpi.correctSourceScore(2023, "WEF", wef.version(), new BigDecimal("37"));
		assertThat(cpi.sourceScore(2023, "WEF").orElseThrow()).satisfies(s -> {
			assertThat(s.score()).isEqualByComparingTo("37");
			assertThat(s.corrected()).isTrue();
		});
		assertThatThrownBy(() -> cpi.correctSourceScore(2023, "WEF", wef.version(), new BigDecimal("38")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(referenceData.load()).isZero();
		assertThat(cpi.sourceScore(2023, "WEF").orElseThrow().score()).isEqualByComparingTo("37");
		assertThat(audit.history("cpi_source_score", String.valueOf(wef.id()))).isNotEmpty();
		SecurityContextHolder.clearContext();
	}

	private static void signIn(Role role) {
		SujaritUser user = TestPrincipals.principal("cpi." + role.name().toLowerCase(java.util.Locale.ROOT),
				role == Role.AGENCY_REPORTER ? 800_101L : null, role);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
