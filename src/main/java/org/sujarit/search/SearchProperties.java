package org.sujarit.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the index lives and how it stays current. {@code indexDir} holds one directory per build and a
 * {@code CURRENT} file naming the one in use. Changes reach the index by events at once; every
 * {@code catchUpInterval} (and at start) it also re-reads what changed since its watermark minus
 * {@code catchUpMargin} (a transaction that started earlier may commit later); {@code commitInterval} is how
 * often event updates are made durable (a crash loses at most that much, and the next catch-up redoes it).
 * With {@code startInBackground} the application serves requests while the index opens and catches up
 * (after a bulk load that is minutes; searches meanwhile answer from the index as it was, or say that it is
 * being built).
 */
@ConfigurationProperties("sujarit.search")
public record SearchProperties(@DefaultValue("data/search") Path indexDir,
		@DefaultValue("PT5M") Duration catchUpInterval, @DefaultValue("PT10M") Duration catchUpMargin,
		@DefaultValue("PT30S") Duration commitInterval, @DefaultValue("true") boolean indexOnStart,
		@DefaultValue("true") boolean startInBackground) {
}
