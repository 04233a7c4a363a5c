package org.sujarit.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.IntegrationTest;

/**
 * Reminders leave the outbox over real SMTP (an in-process GreenMail server, not a mock of the mail
 * sender), in UTF-8, once each; undeliverable ones are tried a few times and keep their error.
 */
@IntegrationTest
class OutboxDeliveryIntegrationTests {

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("sujarit.mail.enabled", () -> "true");
		registry.add("sujarit.mail.interval", () -> "PT10H");
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aThaiReminderIsDeliveredOnceInUtf8() throws Exception {
		String subject = "แจ้งเตือน: รายงานผลการดำเนินงาน รอบ ๑๒ เดือน " + UUID.randomUUID();
		long id = outbox(subject, "pacc@example.go.th");

		sender.deliver();
		sender.deliver();

		MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject))
			.toArray(MimeMessage[]::new);
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("pacc@example.go.th");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("กรุณาเข้าสู่ระบบสุจริต");
		assertThat(jdbc.sql("select sent_at is not null from platform_outbox where id = :id").param("id", id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void anUndeliverableMessageIsTriedAFewTimesAndKeepsItsError() {
		long id = outbox("ที่อยู่ผิด " + UUID.randomUUID(), "not an address@@");

		for (int i = 0; i < OutboxSender.MAX_ATTEMPTS + 2; i++) {
			sender.deliver();
		}

		var row = jdbc.sql("select attempts, last_error, sent_at from platform_outbox where id = :id").param("id", id)
			.query((rs, n) -> new Object[] { rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("sent_at") })
			.single();
		assertThat(row[0]).isEqualTo(OutboxSender.MAX_ATTEMPTS);
		assertThat((String) row[1]).isNotBlank();
		assertThat(row[2]).isNull();
	}

	private long outbox(String subject, String recipient) {
		return jdbc.sql("""
				insert into platform_outbox (kind, recipients, subject, body, dedupe_key)
				values ('REMINDER_DUE', cast(:to as text[]), :subject, :body, :key)
				returning id
				""")
			.param("to", new String[] { recipient })
			.param("subject", subject)
			.param("body", "เรียน ผู้รายงาน\n\nกรุณาเข้าสู่ระบบสุจริตเพื่อรายงานผลการดำเนินงาน")
			.param("key", UUID.randomUUID().toString())
			.query(Long.class)
			.single();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
