package org.sujarit.nationalreport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.thai.ThaiCalendar;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.RoundCounts;
import org.sujarit.reporting.Round;

/**
 * The national report module's facade: compiles the annual report of a round from its accepted reports
 * and writes it as DOCX, PDF or XLSX. Only coordinators and system administrators compile it; each
 * compilation is recorded in the audit log, as exports are.
 */
@Service
public class NationalReport {

	static final String COMPILERS = "hasAnyRole('COORDINATOR','SYSTEM_ADMIN')";

	private final Reporting reporting;

	private final Cpi cpi;

	private final ReportComposer composer;

	private final MessageSource messages;

	private final AuditLog audit;

	NationalReport(Reporting reporting, Cpi cpi, ReportComposer composer, MessageSource messages, AuditLog audit) {
		this.reporting = reporting;
		this.cpi = cpi;
		this.composer = composer;
		this.messages = messages;
		this.audit = audit;
	}

	/** The rounds a report can be compiled from, in the reporting module's order, with their counts. */
	@PreAuthorize(COMPILERS)
	public List<RoundChoice> rounds() {
		return reporting.rounds().stream().map(round -> {
			RoundCounts counts = RoundCounts.sum(reporting.counts(ReportFilter.ofRound(round.id()), Reporting.CountBy.ROUND));
			return new RoundChoice(round, counts.expected(), counts.accepted());
		}).toList();
	}

	/** The CPI years with a published score for Thailand, newest first. */
	@PreAuthorize(COMPILERS)
	public List<Integer> cpiYears() {
		return cpi.thailandHistory().stream().filter(CountryYear::scored).map(CountryYear::year).sorted((a, b) -> b - a).toList();
	}

	/**
	 * Compiles the report and writes it to {@code out} as it is composed (the caller closes the stream),
	 * then records the compilation in the audit log.
	 */
	@PreAuthorize(COMPILERS)
	public void write(ReportRequest request, OutputStream out) throws IOException {
		Round round = reporting.round(request.roundId());
		if (request.cpiYear() != null && !cpiYears().contains(request.cpiYear())) {
			throw DomainException.invalid("nationalreport.cpi-year.unknown", request.cpiYear());
		}
		ReportText text = new ReportText(messages, request.locale());
		String header = ReportComposer.runningHeader(round, text);
		DocumentSink sink = switch (request.format()) {
			case PDF -> new PdfSink(out, text, header);
			case DOCX -> new DocxSink(out, text, header);
			case XLSX -> new XlsxSink(out);
		};
		composer.compose(round, request.cpiYear(), ThaiCalendar.today(), text, sink);
		audit.record("EXPORT", "national_report", Long.toString(round.id()),
				"{\"format\":\"" + request.format() + "\",\"cpiYear\":" + request.cpiYear() + ",\"locale\":\""
						+ request.locale().toLanguageTag() + "\"}");
	}

	/** The file name of a round's report: sujarit-national-report-2569-M12.pdf. */
	@PreAuthorize(COMPILERS)
	public String fileName(long roundId, ReportFormat format) {
		Round round = reporting.round(roundId);
		return "sujarit-national-report-" + round.fiscalYear() + "-" + round.kind() + "." + format.extension();
	}

}
