package org.sujarit.reporting;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a round's counts for a few seconds. Counting aggregates every report of the round (tens of
 * thousands at national scale) and the dashboard and the public progress page are opened far more often
 * than reports change state, so each view counting again was the load test's slowest request.
 *
 * <p>Any change this node makes to what is counted (a report changing state, a round's due date, new
 * expected reports) empties the cache once its transaction has committed, so a coordinator sees their own
 * action at once. Changes made by another node show within the time to live: app nodes share no memory.
 */
@Component
class RoundCountsCache {

	private final Cache<Key, List<RoundCounts>> cache;

	@Autowired
	RoundCountsCache(@Value("${sujarit.reporting.counts-time-to-live:10s}") Duration timeToLive) {
		this(timeToLive, Ticker.systemTicker());
	}

	RoundCountsCache(Duration timeToLive, Ticker ticker) {
		this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(1_000).ticker(ticker).build();
	}

	List<RoundCounts> counts(ReportFilter filter, ReportRepository.Grouping grouping, Supplier<List<RoundCounts>> count) {
		return cache.get(new Key(filter, grouping), key -> List.copyOf(count.get()));
	}

	/**
	 * Forgets every count once the current transaction commits (at once outside a transaction): for
	 * changes that publish no event (a round's due date, newly expected reports).
	 */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.invalidateAll();
				}
			});
		}
		else {
			cache.invalidateAll();
		}
	}

	@TransactionalEventListener
	void on(ReportSubmitted event) {
		cache.invalidateAll();
	}

	@TransactionalEventListener
	void on(ReportApproved event) {
		cache.invalidateAll();
	}

	@TransactionalEventListener
	void on(ReportAccepted event) {
		cache.invalidateAll();
	}

	@TransactionalEventListener
	void on(ReportReturned event) {
		cache.invalidateAll();
	}

	private record Key(ReportFilter filter, ReportRepository.Grouping grouping) {
	}

}
