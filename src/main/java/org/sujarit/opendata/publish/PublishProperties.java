package org.sujarit.opendata.publish;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of publication to CKAN portals.
 *
 * @param secretKey base64 AES key (16, 24 or 32 bytes) that encrypts portal API tokens at rest; from
 * {@code SUJARIT_SECRET_KEY}. Empty in demo and tests, where a development key is generated at start.
 * @param maxAttempts tries of one idempotent step when the portal answers 5xx or times out
 * @param backoff wait before the second try, doubled for each later one
 * @param leaseDuration how long a publication's hold on its dataset lasts without being renewed (it is
 * renewed between portal steps); a node that dies mid-publication blocks the dataset this long at most
 * @param datastoreBatch rows per {@code datastore_create}/{@code datastore_upsert} call
 */
@ConfigurationProperties("sujarit.opendata.publish")
record PublishProperties(@DefaultValue("") String secretKey, @DefaultValue("4") int maxAttempts,
		@DefaultValue("500ms") Duration backoff, @DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("120s") Duration requestTimeout, @DefaultValue("10m") Duration leaseDuration,
		@DefaultValue("1000") int datastoreBatch) {
}
