package org.sujarit.reporting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sujarit.platform.db.AfterCommit;

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

	/**
	 * The counts of the filter's reports by the grouping: {@code one} counts by this grouping alone;
	 * {@code columns} by every plain column grouping in one pass ({@link ReportRepository.Grouping#COLUMNS}),
	 * which is used for those, since a dashboard asks for them in turn.
	 */
	List<RoundCounts> counts(ReportFilter filter, ReportRepository.Grouping grouping, Supplier<List<RoundCounts>> one,
			Supplier<Map<ReportRepository.Grouping, List<RoundCounts>>> columns) {
		if (!ReportRepository.Grouping.COLUMNS.contains(grouping)) {
			return cache.get(new Key(filter, grouping), key -> List.copyOf(one.get()));
		}
		List<RoundCounts> cached = cache.getIfPresent(new Key(filter, grouping));
		if (cached != null) {
			return cached;
		}
		Map<ReportRepository.Grouping, List<RoundCounts>> all = columns.get();
		all.forEach((by, counts) -> cache.put(new Key(filter, by), List.copyOf(counts)));
		return List.copyOf(all.getOrDefault(grouping, List.of()));
	}

	/**
	 * Forgets every count once the current transaction commits (at once outside a transaction): for
	 * changes that publish no event (a round's due date, newly expected reports).
	 */
	void changed() {
		AfterCommit.run(cache::invalidateAll);
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
