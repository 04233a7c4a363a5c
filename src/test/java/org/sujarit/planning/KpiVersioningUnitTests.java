package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * When a KPI definition change makes a new version, and what the version history looks like.
 */
class KpiVersioningUnitTests {

	final Kpi current = new Kpi(7, 3, "ใบอนุญาตที่นำร่องให้บริการ", "ใบอนุญาต", null, new BigDecimal("40"), true, 2);

	@Test
	void anUnchangedDefinitionIsNotANewVersion() {
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft(" ใบอนุญาตที่นำร่องให้บริการ ", "ใบอนุญาต", null, new BigDecimal("40.00"), true, "no change")))
			.isTrue();
	}

	@Test
	void anyChangeOfNameUnitBaselineTargetOrDirectionIsANewVersion() {
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft("ใบอนุญาตที่นำร่องให้บริการ", "ใบอนุญาต", null, new BigDecimal("45"), true, null))).isFalse();
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft("ใบอนุญาตที่นำร่องให้บริการ", "ใบอนุญาต", BigDecimal.ZERO, new BigDecimal("40"), true, null)))
			.isFalse();
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft("ใบอนุญาตที่นำร่องให้บริการ", "ฉบับ", null, new BigDecimal("40"), true, null))).isFalse();
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft("ใบอนุญาตที่นำร่องให้บริการ", "ใบอนุญาต", null, new BigDecimal("40"), false, null))).isFalse();
		assertThat(PlanningCommands.sameDefinition(current,
				new KpiDraft("ใบอนุญาตนำร่อง", "ใบอนุญาต", null, new BigDecimal("40"), true, null))).isFalse();
	}

	@Test
	void historyNamesItsCurrentVersion() {
		KpiVersion v1 = new KpiVersion(7, 1, "a", null, null, BigDecimal.ONE, true, Instant.EPOCH, "x", null);
		KpiVersion v2 = new KpiVersion(7, 2, "b", null, null, BigDecimal.TEN, true, Instant.EPOCH, "y", "target raised");
		assertThat(new KpiHistory(7, 3, 2, false, List.of(v1, v2)).current()).isEqualTo(v2);
	}

	@Test
	void storedValuesAreShownWithoutTrailingZerosOrExponents() {
		assertThat(KpiRepository.plain(new BigDecimal("40.0000")).toString()).isEqualTo("40");
		assertThat(KpiRepository.plain(new BigDecimal("83.2400")).toString()).isEqualTo("83.24");
		assertThat(KpiRepository.plain(null)).isNull();
	}

	@Test
	void aLongTermActivityRunsInEveryYearOfItsTerm() {
		assertThat(PlanningCommands.years(2566, 2570)).containsExactly(2566, 2567, 2568, 2569, 2570);
		assertThat(PlanningCommands.years(2565, null)).containsExactly(2565);
		assertThat(PlanningCommands.codePrefix(new ActivityDraft(1L, null, 2566, PlanTerm.LONG, 2570, "t", null, null,
				null, null, null, false, null, Set.of(), Set.of(), false))).isEqualTo("L66-");
		assertThat(PlanningCommands.codePrefix(new ActivityDraft(1L, null, 2605, PlanTerm.SHORT, null, "t", null, null,
				null, null, null, false, null, Set.of(), Set.of(), false))).isEqualTo("A05-");
	}

}
