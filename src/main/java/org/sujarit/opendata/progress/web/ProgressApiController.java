package org.sujarit.opendata.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.opendata.progress.LaoPage;
import org.sujarit.opendata.progress.ProgressReport;
import org.sujarit.opendata.progress.PublicationProgress;
import org.sujarit.opendata.progress.PublicationReminders;
import org.sujarit.platform.web.ApiController;

/**
 * Progress tracking as JSON, with the page's filters and access rule (coordinators and administrators).
 */
@ApiController("/api/v1/opendata/progress")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
@Tag(name = "Open budget data: progress", description = ProgressApiController.ABOUT)
class ProgressApiController {

	static final String ABOUT = "The coordinator's follow-up of local governments (LAOs) publishing their budget as open "
			+ "data: for one fiscal year (Buddhist Era; default the current one) and document type (default ORDINANCE), "
			+ "each LAO's state — NOT_STARTED, UPLOADED, INVALID, VALID, PUBLISHED, OUT_OF_DATE (published, changed "
			+ "since) — counted by province and by LAO type, and the PAO target group's publication rate. Filters: "
			+ "province (directory code), laoType (a local-government AgencyType), state (the LAO list only; without "
			+ "it the list holds every LAO not yet published). Coordinators and administrators only.";

	private final PublicationProgress progress;

	private final PublicationReminders reminders;

	ProgressApiController(PublicationProgress progress, PublicationReminders reminders) {
		this.progress = progress;
		this.reminders = reminders;
	}

	@GetMapping
	@Operation(summary = "Counts per state in total, by province and by LAO type, and the PAO target group's "
			+ "publication rate against its target", description = ABOUT)
	ProgressReport report(@Valid @ParameterObject ProgressQuery query) {
		return progress.report(query.filter());
	}

	@GetMapping("/laos")
	@Operation(summary = "The LAOs of the filter (by default those still to chase) with state, last upload, error "
			+ "count and contacts, a page at a time", description = ABOUT)
	LaoPage laos(@Valid @ParameterObject ProgressQuery query,
			@Parameter(description = "LAOs to skip") @RequestParam(defaultValue = "0") @Min(0) int offset,
			@Parameter(description = "LAOs to return (at most 10,000)") @RequestParam(defaultValue = "1000") @Min(1)
			@Max(10_000) int limit) {
		return progress.laos(query.filter(), offset, limit);
	}

	@PostMapping("/reminders")
	@Operation(summary = "Writes today's reminder e-mail (in Thai) to each LAO of the filter's list still to chase, "
			+ "to the LAO's accounts with an e-mail address; once per LAO, year, document type and day. Answers how "
			+ "many were written, how many LAOs had one today already and how many have no e-mail on file",
			description = ABOUT)
	PublicationReminders.Sent remind(@Valid @ParameterObject ProgressQuery query) {
		return reminders.remind(query.filter());
	}

}
