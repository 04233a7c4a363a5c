package org.sujarit.opendata.progress.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.DocumentType;
import org.sujarit.opendata.OutputFormat;
import org.sujarit.opendata.progress.ChaseListExport;
import org.sujarit.opendata.progress.ProgressFilter;
import org.sujarit.opendata.progress.ProgressOverview;
import org.sujarit.opendata.progress.ProgressState;
import org.sujarit.opendata.progress.PublicationProgress;
import org.sujarit.opendata.progress.PublicationReminders;
import org.sujarit.platform.files.FileDownloads;
import org.sujarit.platform.web.OpenData;

/**
 * The coordinator's progress page: totals per state, tables by province and by type of LAO (each count a
 * link to its LAOs), the chart by type, the PAO target group against its target, and the list of LAOs to
 * chase with CSV and XLSX downloads and reminder e-mails. Coordinators and administrators only.
 */
@Controller
@RequestMapping("/opendata/progress")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class ProgressPageController {

	static final int PAGE_SIZE = 50;

	private final PublicationProgress progress;

	private final ChaseListExport export;

	private final MessageSource messages;

	private final PublicationReminders reminders;

	ProgressPageController(PublicationProgress progress, ChaseListExport export, MessageSource messages,
			PublicationReminders reminders) {
		this.progress = progress;
		this.reminders = reminders;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping
	String page(@Valid @ModelAttribute("query") ProgressQuery query, BindingResult binding,
			@RequestParam(defaultValue = "0") int offset, Model model, Locale locale) {
		ProgressFilter filter = binding.hasErrors() ? ProgressQuery.defaults().filter() : query.filter();
		ProgressOverview overview = progress.overview(filter, offset, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("filterInvalid", binding.hasErrors());
		model.addAttribute("report", overview.report());
		model.addAttribute("laos", overview.laos());
		model.addAttribute("links", new ProgressLinks(filter));
		model.addAttribute("chart",
				ProgressChart.byType(overview.report().byType(), key -> messages.getMessage(key, null, locale)));
		model.addAttribute("states", ProgressState.values());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("laoTypes", AgencyType.localGovernments());
		model.addAttribute("years", progress.fiscalYears());
		model.addAttribute("provinces", progress.provinces());
		return "opendata/progress";
	}

	/** Writes today's reminders to the LAOs of the list shown, then shows the list again with what was done. */
	@PostMapping("/reminders")
	String remind(@Valid ProgressQuery query, RedirectAttributes redirect) {
		ProgressFilter filter = query.filter();
		PublicationReminders.Sent sent = reminders.remind(filter);
		redirect.addFlashAttribute("notice", "opendata.reminder.done");
		redirect.addFlashAttribute("noticeArgs",
				new Object[] { sent.written(), sent.alreadyToday(), sent.withoutEmail() });
		return "redirect:" + new ProgressLinks(filter).page(0);
	}

	@GetMapping("/laos.csv")
	void csv(@Valid ProgressQuery query, Locale locale, HttpServletResponse response) throws IOException {
		ProgressFilter filter = query.filter();
		response.setContentType(OpenData.CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				FileDownloads.contentDisposition(ChaseListExport.fileName(filter, "csv")));
		export.csv(filter, locale, response.getOutputStream());
	}

	@GetMapping("/laos.xlsx")
	void xlsx(@Valid ProgressQuery query, Locale locale, HttpServletResponse response) throws IOException {
		ProgressFilter filter = query.filter();
		response.setContentType(OutputFormat.XLSX.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				FileDownloads.contentDisposition(ChaseListExport.fileName(filter, "xlsx")));
		export.xlsx(filter, locale, response.getOutputStream());
	}

}
