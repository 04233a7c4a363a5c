package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RegistrationRulesUnitTests {

	static final BigDecimal TARGET = new BigDecimal("80");

	@Test
	void percentHasOneDecimalRoundedHalfUp() {
		assertThat(RegistrationRules.percent(61, 76)).isEqualByComparingTo("80.3");
		assertThat(RegistrationRules.percent(1, 8)).isEqualByComparingTo("12.5");
		assertThat(RegistrationRules.percent(1, 3)).isEqualByComparingTo("33.3");
		assertThat(RegistrationRules.percent(2, 3)).isEqualByComparingTo("66.7");
		assertThat(RegistrationRules.percent(0, 0)).isEqualByComparingTo("0");
	}

	@Test
	void theTargetIsMetWhenTheShownPercentReachesIt() {
		assertThat(RegistrationRules.group("X", null, null, null, 61, 76, TARGET).met()).isTrue();
		assertThat(RegistrationRules.group("X", null, null, null, 60, 76, TARGET).met()).isFalse();
		assertThat(RegistrationRules.group("X", null, null, null, 4, 5, TARGET).met()).isTrue();
		// 7999/10000 shows 80.0, so the badge agrees with the number
		assertThat(RegistrationRules.group("X", null, null, null, 7999, 10000, TARGET).met()).isTrue();
		assertThat(RegistrationRules.group("X", null, null, null, 7994, 10000, TARGET).met()).isFalse();
		assertThat(RegistrationRules.group("X", null, null, null, 0, 0, BigDecimal.ZERO).met()).isFalse();
	}

}
