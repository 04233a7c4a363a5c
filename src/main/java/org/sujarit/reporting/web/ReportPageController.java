package org.sujarit.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Directory;
import org.sujarit.planning.Planning;
import org.sujarit.platform.files.FileDownloads;
import org.sujarit.platform.web.DomainException;
import org.sujarit.reporting.ReportDraft;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.ReportPage;
import org.sujarit.reporting.ReportListItem;
import org.sujarit.reporting.ReportRulesException;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.ReportView;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RuleViolation;

/**
 * Report pages: the list of reports a user may see, and one report with its form, workflow, evidence and
 * history.
 */
@Controller
@RequestMapping("/reporting")
class ReportPageController {

	static final int PAGE_SIZE = 50;

	/** A repeated step (a double click): say so on the report page rather than on an error page. */
	static final String ALREADY_DONE = "reporting.workflow.already-done";

	private final Reporting reporting;

	private final Planning planning;

	private final Directory directory;

	ReportPageController(Reporting reporting, Planning planning, Directory directory) {
		this.reporting = reporting;
		this.planning = planning;
		this.directory = directory;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) Long round, @RequestParam(required = false) ReportState state,
			@RequestParam(required = false) String source, @RequestParam(required = false) String group,
			@RequestParam(required = false) String agencyType, @RequestParam(required = false) String province,
			@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "1") int page, Model model) {
		List<Round> rounds = reporting.rounds();
		Long roundId = round != null ? round
				: rounds.stream().filter(Round::open).findFirst().or(() -> rounds.stream().findFirst()).map(Round::id).orElse(null);
		ReportFilter filter = new ReportFilter(roundId, null, state == null ? null : Set.of(state), source, group,
				agencyType, province, parent, overdue, null);
		int total = reporting.countReports(filter);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<ReportListItem> items = reporting.reports(filter, PAGE_SIZE, (current - 1) * PAGE_SIZE);
		model.addAttribute("rounds", rounds);
		model.addAttribute("roundId", roundId);
		model.addAttribute("state", state);
		model.addAttribute("states", EnumSet.allOf(ReportState.class));
		model.addAttribute("overdue", overdue);
		model.addAttribute("filter", filter);
		model.addAttribute("items", items);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("activities",
				planning.activities(items.stream().map(ReportListItem::activityId).distinct().toList()));
		model.addAttribute("agencies",
				directory.agencies(items.stream().map(ReportListItem::agencyId).distinct().toList()));
		return "reporting/reports";
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, Model model) {
		ReportPage page = reporting.page(id);
		ReportView view = page.view();
		model.addAttribute("view", view);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ReportForm.of(view));
		}
		model.addAttribute("page", page);
		return "reporting/report";
	}

	@GetMapping("/reports/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("page", reporting.history(id));
		return "reporting/report-history";
	}

	@PostMapping("/reports/{id}")
	String save(@PathVariable long id, @ModelAttribute("form") ReportForm form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Map<String, String> numberErrors = new LinkedHashMap<>();
		ReportDraft draft = form.toDraft(numberErrors);
		if (!numberErrors.isEmpty()) {
			List<RuleViolation> violations = numberErrors.entrySet()
				.stream()
				.map(error -> RuleViolation.hard(error.getKey(), error.getValue()))
				.toList();
			model.addAttribute("violations", violations);
			model.addAttribute("fieldErrors", byField(violations));
			model.addAttribute("errorTitle", "reporting.report.errors-save");
			return show(id, model);
		}
		try {
			if ("submit".equals(action)) {
				reporting.submit(id, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "reporting.report.submitted");
			}
			else {
				reporting.saveDraft(id, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "reporting.report.saved");
			}
		}
		catch (ReportRulesException ex) {
			model.addAttribute("violations", ex.violations());
			model.addAttribute("fieldErrors", byField(ex.violations()));
			model.addAttribute("errorTitle",
					"submit".equals(action) ? "reporting.report.errors" : "reporting.report.errors-save");
			return show(id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("concurrent", true);
			return show(id, model);
		}
		catch (DomainException ex) {
			if (!ALREADY_DONE.equals(ex.code())) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/reporting/reports/" + id;
	}

	@PostMapping("/reports/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return step(id, redirect, "reporting.report.approved", () -> reporting.approve(id, version));
	}

	@PostMapping("/reports/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return step(id, redirect, "reporting.report.accepted", () -> reporting.accept(id, version));
	}

	@PostMapping("/reports/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<String, String> comments = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("comment.") && value != null && !value.isBlank()) {
				comments.put(key.substring("comment.".length()), value);
			}
		});
		return step(id, redirect, "reporting.report.returned", () -> reporting.sendBack(id, version, reason, comments));
	}

	@PostMapping("/reports/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(id, redirect, "reporting.report.reopened", () -> reporting.reopen(id, version, reason));
	}

	@PostMapping("/reports/{id}/evidence")
	String attach(@PathVariable long id, @RequestParam int version, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			var stored = reporting.attach(id, version, content, file.getOriginalFilename());
			redirect.addFlashAttribute("notice", "reporting.report.evidence.added");
			redirect.addFlashAttribute("noticeArgs", new Object[] { stored.originalName() });
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "platform.error.concurrent-edit");
		}
		return "redirect:/reporting/reports/" + id + "#evidence";
	}

	@PostMapping("/evidence/{evidenceId}/remove")
	String detach(@PathVariable long evidenceId, @RequestParam long report, RedirectAttributes redirect) {
		return step(report, redirect, "reporting.report.evidence.removed", () -> reporting.detach(evidenceId));
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<Resource> download(@PathVariable long evidenceId) {
		Reporting.EvidenceDownload download = reporting.download(evidenceId);
		return FileDownloads.attachment(download.file(), download.content());
	}

	@GetMapping("/reports/{id}/versions/{versionId}")
	String compare(@PathVariable long id, @PathVariable long versionId, Model model) {
		model.addAttribute("view", reporting.view(id));
		model.addAttribute("comparison", reporting.compare(id, versionId));
		return "reporting/diff";
	}

	private String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
			redirect.addFlashAttribute("problemArgs", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", "platform.error.concurrent-edit");
		}
		return "redirect:/reporting/reports/" + id;
	}

	private static Map<String, List<RuleViolation>> byField(List<RuleViolation> violations) {
		Map<String, List<RuleViolation>> byField = new LinkedHashMap<>();
		violations.forEach(v -> byField.computeIfAbsent(v.field(), f -> new java.util.ArrayList<>()).add(v));
		return byField;
	}

}
