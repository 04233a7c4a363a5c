package org.sujarit.reporting;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.sujarit.platform.audit.Actor;

/**
 * Delivers outbox messages by e-mail when {@code sujarit.mail.enabled=true} and an SMTP server is
 * configured ({@code spring.mail.host}); otherwise messages stay in the outbox for coordinators to see.
 * Each node claims messages with SKIP LOCKED, so several nodes never send one twice.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final boolean enabled;

	private final String from;

	OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, @Value("${sujarit.mail.enabled:false}") boolean enabled,
			@Value("${sujarit.mail.from:noreply@sujarit.local}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.enabled = enabled;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "PT1M")
	void deliver() {
		JavaMailSender sender = mail.getIfAvailable();
		if (!enabled || sender == null) {
			return;
		}
		Actor.runAs("outbox", () -> {
			List<Long> ids = jdbc.sql("select id from reporting_outbox where sent_at is null order by id limit 50")
				.query(Long.class)
				.list();
			ids.forEach(id -> sendOne(sender, id));
		});
	}

	private void sendOne(JavaMailSender sender, long id) {
		jdbc.sql("""
				select recipients, subject, body from reporting_outbox
				where id = :id and sent_at is null for update skip locked
				""").param("id", id).query(rs -> {
			String[] recipients = (String[]) rs.getArray("recipients").getArray();
			if (recipients.length == 0) {
				mark(id, null, "no recipient e-mail");
				return;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(recipients);
			message.setSubject(rs.getString("subject"));
			message.setText(rs.getString("body"));
			try {
				sender.send(message);
				mark(id, "now", null);
			}
			catch (MailException ex) {
				log.warn("Outbox message {} not sent: {}", id, ex.getMessage());
				mark(id, null, ex.getMessage());
			}
		});
	}

	private void mark(long id, String sent, String error) {
		jdbc.sql("update reporting_outbox set sent_at = case when :sent then now() end, last_error = :error where id = :id")
			.param("sent", sent != null)
			.param("error", error)
			.param("id", id)
			.update();
	}

}
