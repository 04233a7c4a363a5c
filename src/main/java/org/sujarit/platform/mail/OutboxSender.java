package org.sujarit.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.platform.audit.Actor;

/**
 * Delivers outbox messages by e-mail (UTF-8, so Thai subjects and bodies arrive intact) when
 * {@code sujarit.mail.enabled=true} and an SMTP server is configured ({@code spring.mail.host});
 * otherwise messages stay in the outbox for coordinators to see. Each message is claimed with
 * SKIP LOCKED in a transaction that lasts until it is sent, so several nodes never send one twice. A
 * message the server refuses is tried {@value #MAX_ATTEMPTS} times, then left with its last error.
 */
@Component
class OutboxSender {

	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ObjectProvider<JavaMailSender> mail;

	private final boolean enabled;

	private final String from;

	OutboxSender(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mail,
			@Value("${sujarit.mail.enabled:false}") boolean enabled,
			@Value("${sujarit.mail.from:noreply@sujarit.local}") String from) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail;
		this.enabled = enabled;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${sujarit.mail.interval:PT1M}")
	void deliver() {
		JavaMailSender sender = mail.getIfAvailable();
		if (!enabled || sender == null) {
			return;
		}
		Actor.runAs("outbox", () -> {
			for (int i = 0; i < BATCH && Boolean.TRUE.equals(transactions.execute(status -> sendNext(sender))); i++) {
				// one message per transaction: a slow or failing server never holds many rows locked
			}
		});
	}

	/** Claims, sends and marks the oldest unsent message; false when none is left to try. */
	private boolean sendNext(JavaMailSender sender) {
		Optional<Claimed> next = jdbc.sql("""
				select id, recipients, subject, body from platform_outbox
				where sent_at is null and attempts < :max
				order by id
				limit 1
				for update skip locked
				""").param("max", MAX_ATTEMPTS)
			.query((rs, n) -> new Claimed(rs.getLong("id"), (String[]) rs.getArray("recipients").getArray(),
					rs.getString("subject"), rs.getString("body")))
			.optional();
		if (next.isEmpty()) {
			return false;
		}
		Claimed message = next.get();
		if (message.recipients().length == 0) {
			mark(message.id(), false, "no recipient e-mail", MAX_ATTEMPTS);
			return true;
		}
		try {
			sender.send(mime(sender, message));
			mark(message.id(), true, null, 0);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Outbox message {} not sent: {}", message.id(), ex.getMessage());
			mark(message.id(), false, ex.getMessage(), 1);
		}
		return true;
	}

	private MimeMessage mime(JavaMailSender sender, Claimed message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(message.recipients());
		helper.setSubject(message.subject());
		helper.setText(message.body(), false);
		return mime;
	}

	private void mark(long id, boolean sent, String error, int moreAttempts) {
		jdbc.sql("""
				update platform_outbox
				set sent_at = case when :sent then now() end, last_error = :error,
				    attempts = least(attempts + :more, :max)
				where id = :id
				""")
			.param("sent", sent)
			.param("error", error)
			.param("more", moreAttempts)
			.param("max", MAX_ATTEMPTS)
			.param("id", id)
			.update();
	}

	private record Claimed(long id, String[] recipients, String subject, String body) {
	}

}
