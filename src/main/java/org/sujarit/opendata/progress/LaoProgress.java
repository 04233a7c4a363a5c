package org.sujarit.opendata.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentState;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * One local government and its document of the fiscal year and type asked for.
 *
 * @param code DLA 7-digit code
 * @param documentId null when nothing was uploaded
 * @param documentState the document's own workflow state (an out-of-date document may be invalid again)
 * @param errorCount errors found by the document's last check
 * @param uploadedAt when its file was last uploaded
 * @param contacts the LAO's enabled accounts, where they were asked for (empty otherwise)
 */
public record LaoProgress(long agencyId, String code, String nameTh, AgencyType type, String provinceCode,
		String provinceTh, ProgressState state, Long documentId, DocumentState documentState, int errorCount,
		Instant uploadedAt, Instant publishedAt, List<Contact> contacts) {

	/** Someone at the LAO to ask: an enabled account's name, e-mail, phone and position. */
	public record Contact(String name, String email, String phone, String position) {
	}

	public LaoProgress {
		contacts = List.copyOf(contacts);
	}

	/** The day (Bangkok) of the last upload, or null. */
	public LocalDate uploadedOn() {
		return uploadedAt == null ? null : LocalDate.ofInstant(uploadedAt, ThaiCalendar.BANGKOK);
	}

	LaoProgress withContacts(List<Contact> found) {
		return new LaoProgress(agencyId, code, nameTh, type, provinceCode, provinceTh, state, documentId,
				documentState, errorCount, uploadedAt, publishedAt, found);
	}

}
