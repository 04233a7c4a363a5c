package org.sujarit.reporting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.platform.web.ApiController;
import org.sujarit.reporting.Evidence;
import org.sujarit.reporting.OpenRound;
import org.sujarit.reporting.ProgressTableRow;
import org.sujarit.reporting.ReportDraft;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.ReportListItem;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.ReportVersion;
import org.sujarit.reporting.ReportView;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Reporting.CountBy;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundCounts;
import org.sujarit.reporting.RuleViolation;

/**
 * JSON API for everything the reporting pages show and do. Same permissions as the pages: agency users
 * reach only their agency's reports; an ID of someone else's report answers 404.
 */
@ApiController("/api/v1")
class ReportingApiController {

	private final Reporting reporting;

	ReportingApiController(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/rounds")
	List<Round> rounds() {
		return reporting.rounds();
	}

	@PostMapping("/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	Round open(@RequestBody OpenRound request) {
		return reporting.openRound(request);
	}

	@GetMapping("/rounds/{id}")
	Round round(@PathVariable long id) {
		return reporting.round(id);
	}

	@GetMapping("/rounds/{id}/counts")
	List<RoundCounts> counts(@PathVariable long id, @RequestParam(defaultValue = "ROUND") CountBy by) {
		return reporting.counts(ReportFilter.ofRound(id), by);
	}

	@GetMapping("/reports")
	Page<ReportListItem> reports(@RequestParam(required = false) Long round,
			@RequestParam(required = false) Set<ReportState> state, @RequestParam(required = false) String source,
			@RequestParam(required = false) String workingGroup, @RequestParam(required = false) String agencyType,
			@RequestParam(required = false) String province, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
		ReportFilter filter = new ReportFilter(round, null, state, source, workingGroup, agencyType, province, null,
				overdue, null);
		int bounded = Math.min(Math.max(limit, 1), 1000);
		return new Page<>(reporting.countReports(filter), Math.max(offset, 0), bounded,
				reporting.reports(filter, bounded, Math.max(offset, 0)));
	}

	@GetMapping("/reports/{id}")
	ReportView report(@PathVariable long id) {
		return reporting.view(id);
	}

	@PutMapping("/reports/{id}")
	List<RuleViolation> save(@PathVariable long id, @RequestParam int version, @RequestBody ReportDraft draft) {
		return reporting.saveDraft(id, version, draft);
	}

	@PostMapping("/reports/{id}/submit")
	ReportView submit(@PathVariable long id, @RequestParam int version, @RequestBody ReportDraft draft) {
		reporting.submit(id, version, draft);
		return reporting.view(id);
	}

	@PostMapping("/reports/{id}/approve")
	ReportView approve(@PathVariable long id, @RequestParam int version) {
		reporting.approve(id, version);
		return reporting.view(id);
	}

	@PostMapping("/reports/{id}/accept")
	ReportView accept(@PathVariable long id, @RequestParam int version) {
		reporting.accept(id, version);
		return reporting.view(id);
	}

	@PostMapping("/reports/{id}/return")
	ReportView sendBack(@PathVariable long id, @RequestParam int version, @RequestBody ReturnRequest request) {
		reporting.sendBack(id, version, request.reason(), request.fieldComments() == null ? Map.of() : request.fieldComments());
		return reporting.view(id);
	}

	@PostMapping("/reports/{id}/reopen")
	ReportView reopen(@PathVariable long id, @RequestParam int version, @RequestBody ReturnRequest request) {
		reporting.reopen(id, version, request.reason());
		return reporting.view(id);
	}

	@PostMapping("/reports/{id}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	Evidence attach(@PathVariable long id, @RequestParam int version, @RequestParam("file") MultipartFile file)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			return reporting.attach(id, version, content, file.getOriginalFilename());
		}
	}

	@GetMapping("/reports/{id}/versions")
	List<ReportVersion> versions(@PathVariable long id) {
		return reporting.versions(id);
	}

	@GetMapping("/public/rounds")
	List<Round> publishedRounds() {
		return reporting.publishedRounds();
	}

	@GetMapping("/public/rounds/{id}/counts")
	List<RoundCounts> publishedCounts(@PathVariable long id, @RequestParam(defaultValue = "SOURCE") CountBy by) {
		return reporting.publishedCounts(id, by);
	}

	@GetMapping("/public/rounds/{id}/progress")
	List<ProgressTableRow> publishedProgress(@PathVariable long id, Locale locale) {
		return reporting.publishedProgress(id, locale);
	}

	record ReturnRequest(String reason, Map<String, String> fieldComments) {
	}

	record Page<T>(int total, int offset, int limit, List<T> items) {
	}

}
