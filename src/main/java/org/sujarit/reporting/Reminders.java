package org.sujarit.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.directory.UserAccount;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.mail.OutgoingMail;
import org.sujarit.platform.mail.Outbox;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * Writes reminders for agencies with reports not yet sent to the outbox: at most one per agency, round and
 * day, whether triggered by the daily schedule or by a coordinator. Delivery is {@link OutboxSender}'s job.
 */
@Service
class Reminders {

	static final int DAYS_BEFORE_DUE = 7;

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final JdbcClient jdbc;

	private final RoundRepository rounds;

	private final Directory directory;

	private final MessageSource messages;

	private final Outbox outbox;

	Reminders(JdbcClient jdbc, RoundRepository rounds, Directory directory, MessageSource messages, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.rounds = rounds;
		this.directory = directory;
		this.messages = messages;
	}

	@Scheduled(cron = "0 0 8 * * *", zone = "Asia/Bangkok")
	void daily() {
		Actor.runAs("reminders", () -> rounds.findAll().stream().filter(Round::open).forEach(round -> {
			LocalDate today = ThaiCalendar.today();
			if (!today.isBefore(round.dueDate().minusDays(DAYS_BEFORE_DUE))) {
				write(round);
			}
		}));
	}

	/** Writes today's reminders for a round; returns how many were new. */
	@Transactional
	int write(Round round) {
		Map<Long, Long> pending = jdbc.sql("""
				select agency_id, count(*) as pending from reporting_report
				where round_id = :round and state in ('EXPECTED', 'DRAFT', 'RETURNED')
				group by agency_id
				""")
			.param("round", round.id())
			.query((rs, n) -> Map.entry(rs.getLong("agency_id"), rs.getLong("pending")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, Agency> agencies = directory.agencies(pending.keySet());
		LocalDate today = ThaiCalendar.today();
		boolean overdue = today.isAfter(round.dueDate());
		String roundName = messages.getMessage("reporting.round.kind." + round.kind(), null, THAI) + " "
				+ round.fiscalYear();
		String due = ThaiCalendar.longDate(round.dueDate(), THAI);
		int written = 0;
		for (Map.Entry<Long, Long> entry : pending.entrySet()) {
			Agency agency = agencies.get(entry.getKey());
			if (agency == null) {
				continue;
			}
			List<String> recipients = directory.usersOf(agency.id())
				.stream()
				.filter(UserAccount::enabled)
				.map(UserAccount::email)
				.filter(email -> email != null && !email.isBlank())
				.toList();
			String subject = messages.getMessage(overdue ? "reporting.outbox.subject.overdue" : "reporting.outbox.subject.due",
					new Object[] { roundName, due }, THAI);
			String body = messages.getMessage("reporting.outbox.body",
					new Object[] { agency.nameTh(), entry.getValue(), roundName, due }, THAI);
			boolean fresh = outbox.write(new OutgoingMail(overdue ? "REMINDER_OVERDUE" : "REMINDER_DUE",
					"reporting.round:" + round.id(), agency.id(), recipients, subject, body,
					"reminder:" + round.id() + ":" + agency.id() + ":" + today));
			written += fresh ? 1 : 0;
		}
		return written;
	}

}
