package org.sujarit.opendata.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.mail.Outbox;
import org.sujarit.platform.mail.OutgoingMail;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * Reminders to the local governments on the coordinator's list to chase: one e-mail per LAO, fiscal year,
 * document type and day, written to the platform's outbox (sent when mail is enabled) and addressed to
 * the LAO's enabled accounts, in Thai, saying where the LAO stands. LAOs with no e-mail on file are
 * counted so that the coordinator can telephone them instead (their numbers are in the list's download).
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
public class PublicationReminders {

	static final String KIND = "OPENDATA_REMINDER";

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final PublicationProgress progress;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AuditLog audit;

	PublicationReminders(PublicationProgress progress, Outbox outbox, MessageSource messages, AuditLog audit) {
		this.progress = progress;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
	}

	/** What a press of "remind" did. */
	public record Sent(int written, int alreadyToday, int withoutEmail) {
	}

	/** Writes today's reminder to every LAO of the filter's list that still has something to do. */
	@Transactional
	public Sent remind(ProgressFilter filter) {
		LocalDate today = ThaiCalendar.today();
		String documentType = messages.getMessage("opendata.type." + filter.documentType(), null, THAI);
		String fiscalYear = Integer.toString(filter.fiscalYear());
		String subject = messages.getMessage("opendata.reminder.subject", new Object[] { documentType, fiscalYear },
				THAI);
		int written = 0;
		int already = 0;
		int withoutEmail = 0;
		for (LaoProgress lao : progress.chaseList(filter)) {
			if (!lao.state().toChase()) {
				continue;
			}
			List<String> recipients = lao.contacts()
				.stream()
				.map(LaoProgress.Contact::email)
				.filter(Objects::nonNull)
				.filter(email -> !email.isBlank())
				.distinct()
				.toList();
			if (recipients.isEmpty()) {
				withoutEmail++;
				continue;
			}
			String state = messages.getMessage("opendata.progress.state." + lao.state(), null, THAI);
			String body = messages.getMessage("opendata.reminder.body",
					new Object[] { lao.nameTh(), documentType, fiscalYear, state,
							messages.getMessage("opendata.reminder.todo." + lao.state(), null, THAI) },
					THAI);
			boolean fresh = outbox.write(new OutgoingMail(KIND,
					"opendata.progress:" + filter.fiscalYear() + ":" + filter.documentType(), lao.agencyId(), recipients,
					subject, body, "opendata-reminder:" + filter.fiscalYear() + ":" + filter.documentType() + ":"
							+ lao.agencyId() + ":" + today));
			if (fresh) {
				written++;
			}
			else {
				already++;
			}
		}
		Sent sent = new Sent(written, already, withoutEmail);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("written", written);
		detail.put("alreadyToday", already);
		detail.put("withoutEmail", withoutEmail);
		detail.put("province", filter.provinceCode());
		detail.put("laoType", filter.laoType());
		detail.put("state", filter.state());
		audit.recordDetail("OPENDATA_REMINDERS", "opendata_progress", filter.fiscalYear() + ":" + filter.documentType(),
				detail);
		return sent;
	}

}
