package org.sujarit.planning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.planning.EffectiveTagsCache.Tags;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveTagsCacheUnitTests {

	private final EffectiveTagsCache cache = new EffectiveTagsCache(Duration.ofMinutes(1));

	private final AtomicInteger loads = new AtomicInteger();

	private Tags stored = new Tags(Set.of("WEF"), Set.of("bribery"));

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void loadsOnlyWhatIsNotCachedAndGivesUntaggedActivitiesNoTags() {
		assertThat(tags(1, 2)).containsEntry(1L, stored).containsEntry(2L, Tags.NONE);
		assertThat(tags(1, 2)).containsEntry(1L, stored);
		assertThat(loads).hasValue(1);
	}

	@Test
	void aTransactionChangingTagsReadsItsOwnAndTheCacheIsEmptiedWhenItEnds() {
		tags(1);
		TransactionSynchronizationManager.initSynchronization();

		stored = new Tags(Set.of("PRS"), Set.of());
		cache.changed();
		assertThat(tags(1)).containsEntry(1L, stored);
		assertThat(tags(1)).as("uncommitted tags are not cached").containsEntry(1L, stored);
		assertThat(loads).hasValue(3);

		TransactionSynchronizationManager.getSynchronizations()
			.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
		assertThat(tags(1)).containsEntry(1L, stored);
		assertThat(loads).hasValue(4);
	}

	private Map<Long, Tags> tags(long... ids) {
		List<Long> wanted = java.util.Arrays.stream(ids).boxed().toList();
		return cache.tags(wanted, missing -> {
			loads.incrementAndGet();
			return missing.contains(1L) ? Map.of(1L, stored) : Map.of();
		});
	}

}
