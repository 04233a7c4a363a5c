package org.sujarit.opendata.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.tabular.XlsxWriter;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * The list of LAOs to chase as a file for the coordinator's own follow-up (not open data): headings in the
 * reader's language, one row per LAO with its state, last upload date (Buddhist Era), error count and
 * contacts. CSV starts with a byte-order mark so that Excel, which most officers open it with, reads the
 * Thai correctly.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
public class ChaseListExport {

	static final List<String> COLUMNS = List.of("code", "lao", "type", "province", "state", "document-state",
			"uploaded", "errors", "contacts", "emails", "phones");

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final PublicationProgress progress;

	private final MessageSource messages;

	ChaseListExport(PublicationProgress progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	public void csv(ProgressFilter filter, Locale locale, OutputStream out) {
		try {
			out.write(BYTE_ORDER_MARK);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row(headings(locale));
			progress.chaseList(filter).forEach(lao -> csv.row(cells(lao, locale)));
		}
	}

	public void xlsx(ProgressFilter filter, Locale locale, OutputStream out) {
		try (XlsxWriter xlsx = new XlsxWriter(out, filter.fiscalYear() + "-" + filter.documentType())) {
			xlsx.heading(headings(locale));
			progress.chaseList(filter).forEach(lao -> xlsx.row(cells(lao, locale)));
		}
	}

	/** {@code chase-2569-ORDINANCE.csv}: the year and type the list is for. */
	public static String fileName(ProgressFilter filter, String extension) {
		return "chase-" + filter.fiscalYear() + "-" + filter.documentType() + "." + extension;
	}

	private List<String> headings(Locale locale) {
		return COLUMNS.stream().map(column -> message("opendata.progress.export." + column, locale)).toList();
	}

	private List<Object> cells(LaoProgress lao, Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(lao.code());
		cells.add(lao.nameTh());
		cells.add(message("directory.agency-type." + lao.type(), locale));
		cells.add(lao.provinceTh());
		cells.add(message("opendata.progress.state." + lao.state(), locale));
		cells.add(lao.documentState() == null ? null : message("opendata.state." + lao.documentState(), locale));
		cells.add(lao.uploadedOn() == null ? null : ThaiCalendar.longDate(lao.uploadedOn(), locale));
		cells.add(lao.documentId() == null ? null : lao.errorCount());
		cells.add(joined(lao, LaoProgress.Contact::name));
		cells.add(joined(lao, LaoProgress.Contact::email));
		cells.add(joined(lao, LaoProgress.Contact::phone));
		return cells;
	}

	private static String joined(LaoProgress lao, Function<LaoProgress.Contact, String> part) {
		return String.join("; ", lao.contacts().stream().map(part).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
