package org.sujarit.platform.audit;

import java.time.Instant;

/**
 * One link of the audit chain: who did what to which record, with the record before and after as JSON.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entity,
		String entityId, String before, String after, String hash) {
}
