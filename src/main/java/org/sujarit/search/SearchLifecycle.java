package org.sujarit.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens (or rebuilds) the index once the application is ready, after the demo data; then commits event
 * updates every {@code commit-interval} and catches up every {@code catch-up-interval}, which also picks up
 * a build that the {@code search rebuild} command swapped in from another process. Operator commands
 * ({@code sujarit.cli.active}) start none of this.
 */
@Component
class SearchLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchLifecycle.class);

	private final SearchIndexer indexer;

	private final SearchIndex index;

	private final SearchProperties properties;

	private final boolean command;

	private volatile boolean started;

	SearchLifecycle(SearchIndexer indexer, SearchIndex index, SearchProperties properties, Environment environment) {
		this.indexer = indexer;
		this.index = index;
		this.properties = properties;
		this.command = environment.getProperty("sujarit.cli.active", Boolean.class, false);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1000)
	void start() {
		if (command || !properties.indexOnStart()) {
			return;
		}
		if (properties.startInBackground()) {
			Thread.ofVirtual().name("search-start").start(this::open);
		}
		else {
			open();
		}
	}

	private void open() {
		try {
			indexer.start();
		}
		catch (RuntimeException ex) {
			log.error("Search index could not be opened or built; searches say the index is being built until "
					+ "a rebuild (admin page or 'search rebuild') succeeds", ex);
		}
		finally {
			// refreshes, commits and catch-ups do nothing until an index is open, then keep it current
			started = true;
		}
	}

	/**
	 * Makes reports changed since the last refresh visible to searches. Reopening the searcher on every
	 * saved draft wrote a tiny segment per save (each then merged again): at national scale, dozens a
	 * second of CPU spent so that a hit shows a second sooner.
	 */
	@Scheduled(fixedDelayString = "${sujarit.search.refresh-interval:PT1S}", initialDelayString = "${sujarit.search.refresh-interval:PT1S}")
	void refresh() {
		if (started) {
			indexer.refresh();
		}
	}

	@Scheduled(fixedDelayString = "${sujarit.search.commit-interval:PT30S}", initialDelayString = "${sujarit.search.commit-interval:PT30S}")
	void commit() {
		if (started) {
			indexer.commit();
		}
	}

	@Scheduled(fixedDelayString = "${sujarit.search.catch-up-interval:PT5M}", initialDelayString = "${sujarit.search.catch-up-interval:PT5M}")
	void catchUp() {
		if (!started) {
			return;
		}
		try {
			if (index.switchedOnDisk()) {
				log.info("Search index was rebuilt by another process; switching to it");
				if (!index.open()) {
					indexer.rebuild();
				}
				index.deleteStale();
			}
			indexer.catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("Search index catch-up failed (retried at the next interval)", ex);
		}
	}

}
