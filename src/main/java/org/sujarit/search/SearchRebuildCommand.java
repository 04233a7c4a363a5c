package org.sujarit.search;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.platform.cli.CliCommand;

/**
 * {@code search rebuild}: builds a new search index from the database and swaps it in. A running server
 * keeps answering from its index and switches to the new one at its next catch-up.
 */
@Component
class SearchRebuildCommand implements CliCommand {

	private final SearchIndexer indexer;

	private final SearchIndex index;

	SearchRebuildCommand(SearchIndexer indexer, SearchIndex index) {
		this.indexer = indexer;
		this.index = index;
	}

	@Override
	public List<String> name() {
		return List.of("search", "rebuild");
	}

	@Override
	public String description() {
		return "rebuild the search index from the database and swap it in";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		long started = System.nanoTime();
		indexer.rebuild();
		SearchStatus status = index.status();
		out.printf("Search index rebuilt: %d documents in %d ms, complete up to %s, in %s%n", status.documents(),
				(System.nanoTime() - started) / 1_000_000, status.watermark(), status.directory());
		index.destroy();
		return 0;
	}

}
