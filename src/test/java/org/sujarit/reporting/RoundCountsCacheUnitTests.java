package org.sujarit.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.reporting.ReportRepository.Grouping;

import static org.assertj.core.api.Assertions.assertThat;

class RoundCountsCacheUnitTests {

	private final AtomicLong nanos = new AtomicLong();

	private final RoundCountsCache cache = new RoundCountsCache(Duration.ofSeconds(10), nanos::get);

	private final AtomicInteger countings = new AtomicInteger();

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void countsARoundOnceWithinTheTimeToLive() {
		count(1);
		nanos.addAndGet(Duration.ofSeconds(9).toNanos());

		assertThat(count(1)).isEqualTo(counted(1));
		assertThat(countings).hasValue(1);
	}

	@Test
	void countsAgainAfterTheTimeToLive() {
		count(1);
		nanos.addAndGet(Duration.ofSeconds(11).toNanos());

		count(1);

		assertThat(countings).hasValue(2);
	}

	@Test
	void keepsRoundsAndGroupingsApart() {
		count(1);
		count(2);

		assertThat(countings).hasValue(2);
		assertThat(count(2)).isEqualTo(counted(2));
		assertThat(cache.counts(ReportFilter.ofRound(1), Grouping.PROVINCE, this::notExpected, this::notExpected))
			.as("counted in the same pass as the sources").isEqualTo(List.of(new RoundCounts("P1", 10, 5, 1, 1, 3, 0, 5, 2, 4)));
	}

	@Test
	void countsAGroupingThatNeedsAJoinOnItsOwn() {
		count(1);

		List<RoundCounts> groups = cache.counts(ReportFilter.ofRound(1), Grouping.WORKING_GROUP, () -> {
			countings.incrementAndGet();
			return List.of(new RoundCounts("WG1", 3, 1, 0, 0, 1, 0, 2, 0, 1));
		}, this::notExpected);
		cache.counts(ReportFilter.ofRound(1), Grouping.WORKING_GROUP, this::notExpected, this::notExpected);

		assertThat(groups).extracting(RoundCounts::group).containsExactly("WG1");
		assertThat(countings).hasValue(2);
	}

	@Test
	void aReportChangingStateIsCountedAtOnce() {
		count(1);

		cache.on(new ReportAccepted(9, 1, 2, 3));
		count(1);
		cache.on(new ReportApproved(9, 1, 2, 3));
		count(1);

		assertThat(countings).hasValue(3);
	}

	@Test
	void aChangeInsideATransactionIsForgottenOnlyAfterItCommits() {
		count(1);
		TransactionSynchronizationManager.initSynchronization();

		cache.changed();
		count(1);
		assertThat(countings).as("before commit the committed counts still stand").hasValue(1);

		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		count(1);
		assertThat(countings).hasValue(2);
	}

	private List<RoundCounts> count(long round) {
		return cache.counts(ReportFilter.ofRound(round), Grouping.SOURCE, this::notExpected, () -> {
			countings.incrementAndGet();
			return Map.of(Grouping.SOURCE, counted(round), Grouping.PROVINCE,
					List.of(new RoundCounts("P" + round, 10, 5, 1, 1, 3, 0, 5, 2, 4)));
		});
	}

	private <T> T notExpected() {
		throw new AssertionError("counted although cached");
	}

	private static List<RoundCounts> counted(long round) {
		return List.of(new RoundCounts("S" + round, 10, 5, 1, 1, 3, 0, 5, 2, 4));
	}

}
