package org.sujarit.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outbox every module writes its e-mails to (reminders, notices), in the transaction of the change
 * that calls for them; {@link OutboxSender} delivers them later, or they stay for coordinators to read
 * when sending is off. A message's dedupe key makes writing it twice (a double click, a second node's
 * schedule, a retried job) write it once.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a message unless one with its dedupe key is there already.
	 * @return whether it was written
	 */
	public boolean write(OutgoingMail mail) {
		return jdbc.sql("""
				insert into platform_outbox (kind, topic, agency_id, recipients, subject, body, dedupe_key)
				values (:kind, :topic, :agency, cast(:recipients as text[]), :subject, :body, :key)
				on conflict (dedupe_key) do nothing
				""")
			.param("kind", mail.kind())
			.param("topic", mail.topic())
			.param("agency", mail.agencyId())
			.param("recipients", mail.recipients().toArray(String[]::new))
			.param("subject", mail.subject())
			.param("body", mail.body())
			.param("key", mail.dedupeKey())
			.update() == 1;
	}

	/** The newest messages, newest first; of the kinds starting with {@code kindPrefix} when it is given. */
	public List<OutboxMessage> recent(String kindPrefix, int limit) {
		return jdbc.sql("""
				select id, kind, topic, agency_id, recipients, subject, body, created_at, sent_at, last_error
				from platform_outbox
				where cast(:prefix as text) is null or kind like :prefix || '%'
				order by id desc
				limit :limit
				""")
			.param("prefix", kindPrefix)
			.param("limit", limit)
			.query(Outbox::message)
			.list();
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxMessage(rs.getLong("id"), rs.getString("kind"), rs.getString("topic"),
				(Long) rs.getObject("agency_id"), List.of((String[]) rs.getArray("recipients").getArray()),
				rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getString("last_error"));
	}

}
