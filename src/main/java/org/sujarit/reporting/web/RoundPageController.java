package org.sujarit.reporting.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.thai.ThaiCalendar;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.OpenRound;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Reporting.CountBy;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundCounts;
import org.sujarit.reporting.RoundKind;

/**
 * The coordinator's rounds: open, manage, the dashboard of one round, reminders and exports.
 */
@Controller
@RequestMapping("/reporting")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SYSTEM_ADMIN')")
class RoundPageController {

	private final Reporting reporting;

	private final GroupLabels labels;

	private final org.springframework.context.MessageSource messages;

	private final org.sujarit.directory.Directory directory;

	RoundPageController(Reporting reporting, GroupLabels labels, org.springframework.context.MessageSource messages,
			org.sujarit.directory.Directory directory) {
		this.directory = directory;
		this.reporting = reporting;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping("/rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", reporting.rounds());
		if (!model.containsAttribute("roundForm")) {
			LocalDate today = ThaiCalendar.today();
			model.addAttribute("roundForm", new RoundForm(FiscalYear.containing(today).buddhistYear(), RoundKind.M6,
					null, null, null, today.plusDays(30)));
		}
		model.addAttribute("kinds", RoundKind.values());
		return "reporting/rounds";
	}

	@PostMapping("/rounds")
	String open(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("problem", "platform.error.invalid");
			return rounds(model);
		}
		try {
			Round round = reporting.openRound(new OpenRound(form.fiscalYear(), form.kind(), form.titleTh(),
					form.customStart(), form.customEnd(), form.dueDate()));
			redirect.addFlashAttribute("notice", "reporting.round.opened");
			return "redirect:/reporting/dashboard?round=" + round.id();
		}
		catch (DomainException ex) {
			model.addAttribute("problem", ex.code());
			model.addAttribute("problemArgs", ex.arguments());
			return rounds(model);
		}
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long round, @RequestParam(defaultValue = "SOURCE") CountBy by,
			Model model, Locale locale) {
		List<Round> rounds = reporting.rounds();
		if (rounds.isEmpty()) {
			model.addAttribute("rounds", rounds);
			return "reporting/dashboard";
		}
		Round current = round == null
				? rounds.stream().filter(Round::open).findFirst().orElse(rounds.get(0)) : reporting.round(round);
		ReportFilter filter = ReportFilter.ofRound(current.id());
		List<RoundCounts> groups = reporting.counts(filter, by);
		// every report is in exactly one group except by working group (none, one or several)
		RoundCounts total = by != CountBy.WORKING_GROUP ? RoundCounts.sum(groups)
				: reporting.counts(filter, CountBy.ROUND)
					.stream()
					.findFirst()
					.orElse(new RoundCounts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		model.addAttribute("rounds", rounds);
		model.addAttribute("round", current);
		model.addAttribute("total", total);
		model.addAttribute("by", by);
		model.addAttribute("groupings", CountBy.values());
		model.addAttribute("groups", groups);
		model.addAttribute("labels", labels.of(by, groups, locale));
		var overdue = reporting.reports(new ReportFilter(current.id(), null, null, null, null, null, null, null, true, null),
				20, 0);
		model.addAttribute("overdue", overdue);
		model.addAttribute("overdueAgencies",
				directory.agencies(overdue.stream().map(org.sujarit.reporting.ReportListItem::agencyId).distinct().toList()));
		model.addAttribute("chart", ChartData.stacked(groups, labels.of(by, groups, locale), key -> messages.getMessage(key, null, locale)));
		return "reporting/dashboard";
	}

	@GetMapping("/dashboard/groups")
	String groups(@RequestParam long round, @RequestParam CountBy by, Model model, Locale locale) {
		List<RoundCounts> groups = reporting.counts(ReportFilter.ofRound(round), by);
		model.addAttribute("round", reporting.round(round));
		model.addAttribute("by", by);
		model.addAttribute("groups", groups);
		model.addAttribute("labels", labels.of(by, groups, locale));
		model.addAttribute("chart", ChartData.stacked(groups, labels.of(by, groups, locale), key -> messages.getMessage(key, null, locale)));
		return "reporting/fragments/groups :: groups";
	}

	@PostMapping("/rounds/{id}")
	String update(@PathVariable long id, @RequestParam int version, @RequestParam boolean open,
			@RequestParam boolean published, @RequestParam LocalDate dueDate, RedirectAttributes redirect) {
		try {
			reporting.updateRound(id, version, open, published, dueDate);
			redirect.addFlashAttribute("notice", "reporting.round.updated");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "platform.error.concurrent-edit");
		}
		return "redirect:/reporting/dashboard?round=" + id;
	}

	@PostMapping("/rounds/{id}/reminders")
	String remind(@PathVariable long id, RedirectAttributes redirect) {
		int written = reporting.remind(id);
		redirect.addFlashAttribute("notice", "reporting.round.reminders-written");
		redirect.addFlashAttribute("noticeArgs", new Object[] { written });
		return "redirect:/reporting/dashboard?round=" + id;
	}

	@GetMapping("/rounds/{id}/export.xlsx")
	void exportXlsx(@PathVariable long id, @RequestParam(defaultValue = "true") boolean acceptedOnly, Locale locale,
			HttpServletResponse response) throws IOException {
		export(id, acceptedOnly, Reporting.ExportFormat.XLSX, locale, response);
	}

	@GetMapping("/rounds/{id}/export.csv")
	void exportCsv(@PathVariable long id, @RequestParam(defaultValue = "true") boolean acceptedOnly, Locale locale,
			HttpServletResponse response) throws IOException {
		export(id, acceptedOnly, Reporting.ExportFormat.CSV, locale, response);
	}

	private void export(long id, boolean acceptedOnly, Reporting.ExportFormat format, Locale locale,
			HttpServletResponse response) throws IOException {
		Round round = reporting.round(id);
		String name = "sujarit-progress-" + round.fiscalYear() + "-" + round.kind() + "."
				+ format.name().toLowerCase(Locale.ROOT);
		response.setContentType(format == Reporting.ExportFormat.XLSX
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
		reporting.exportProgress(id, acceptedOnly, format, locale, response.getOutputStream());
	}

}
