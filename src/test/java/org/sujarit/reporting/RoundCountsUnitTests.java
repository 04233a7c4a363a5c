package org.sujarit.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundCountsUnitTests {

	@Test
	void sumAddsEveryCountOfTheGroups() {
		RoundCounts a = new RoundCounts("A", 10, 6, 2, 1, 3, 1, 3, 2, 5);
		RoundCounts unclassified = new RoundCounts(null, 5, 1, 1, 0, 0, 0, 4, 4, 0);

		RoundCounts total = RoundCounts.sum(List.of(a, unclassified));

		assertThat(total).isEqualTo(new RoundCounts(null, 15, 7, 3, 1, 3, 1, 7, 6, 5));
		assertThat(total.completeness()).isEqualByComparingTo("46.7");
	}

	@Test
	void sumOfNoGroupsIsAnEmptyRound() {
		assertThat(RoundCounts.sum(List.of())).isEqualTo(new RoundCounts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0));
	}

}
