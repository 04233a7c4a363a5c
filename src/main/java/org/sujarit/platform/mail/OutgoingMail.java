package org.sujarit.platform.mail;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to write to the {@link Outbox}.
 * @param kind what it is, prefixed by the module that sends it (e.g. {@code REMINDER_DUE},
 * {@code OPENDATA_REMINDER})
 * @param topic what it is about, for people reading the outbox (e.g. {@code reporting.round:12}); may be null
 * @param agencyId the agency it is sent to, or null
 * @param recipients addresses; a message without any stays in the outbox with an error
 * @param dedupeKey the same key twice writes one message
 */
public record OutgoingMail(String kind, String topic, Long agencyId, List<String> recipients, String subject,
		String body, String dedupeKey) {

	public OutgoingMail {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		recipients = List.copyOf(recipients);
	}

}
