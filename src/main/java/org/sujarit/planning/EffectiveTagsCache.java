package org.sujarit.planning;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each activity's effective CPI sources and working groups (its own, its items' and those its
 * sources belong to) for a while. Resolving them walks the recommendation tree, and every report page and
 * list asks for them, while tags change only when a plan is edited: at national scale the walk was a fifth
 * of the database's time in the load test.
 *
 * <p>A tag change this node makes empties the cache when its transaction ends. Another node's change
 * shows within the time to live (app nodes share no memory), as does a change that commits while a reader
 * is still loading the old tags.
 */
@Component
class EffectiveTagsCache {

	/** An activity's effective tags. */
	record Tags(Set<String> cpiSources, Set<String> workingGroups) {

		static final Tags NONE = new Tags(Set.of(), Set.of());

	}

	private final Cache<Long, Tags> cache;

	EffectiveTagsCache(@Value("${sujarit.planning.tags-time-to-live:30s}") Duration timeToLive) {
		this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(100_000).build();
	}

	/**
	 * The tags of every activity asked for, loading the missing ones together. A transaction that has
	 * changed tags reads its own, uncommitted ones and keeps them out of the cache.
	 */
	Map<Long, Tags> tags(Collection<Long> activityIds, Function<Set<Long>, Map<Long, Tags>> load) {
		Function<Set<? extends Long>, Map<Long, Tags>> complete = missing -> {
			Map<Long, Tags> loaded = new HashMap<>(load.apply(Set.copyOf(missing)));
			missing.forEach(id -> loaded.putIfAbsent(id, Tags.NONE));
			return loaded;
		};
		if (TransactionSynchronizationManager.hasResource(this)) {
			return complete.apply(Set.copyOf(activityIds));
		}
		return cache.getAll(activityIds, complete);
	}

	/** Tags are being changed: bypassed for the rest of this transaction, emptied when it ends. */
	void changed() {
		cache.invalidateAll();
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(EffectiveTagsCache.this);
				cache.invalidateAll();
			}
		});
	}

}
