package org.sujarit.platform.audit;

import java.time.Instant;

/** An audit entry without the record's before and after images: who did what, when. */
public record AuditEvent(long seq, Instant occurredAt, String actor, String action) {
}
