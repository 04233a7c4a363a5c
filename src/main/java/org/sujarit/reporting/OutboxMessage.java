package org.sujarit.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A message waiting in, or sent from, the outbox.
 */
public record OutboxMessage(long id, String kind, Long agencyId, List<String> recipients, String subject, String body,
		Instant createdAt, Instant sentAt, String lastError) {
}
