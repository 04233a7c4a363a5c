package org.sujarit.platform.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message waiting in, or sent from, the outbox.
 */
public record OutboxMessage(long id, String kind, String topic, Long agencyId, List<String> recipients,
		String subject, String body, Instant createdAt, Instant sentAt, String lastError) {
}
