package org.sujarit.reporting.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.OpenData;
import org.sujarit.reporting.PublishedProgress;
import org.sujarit.reporting.PublishedProgress.ActivityProgress;
import org.sujarit.reporting.PublishedProgress.AgencyProgress;
import org.sujarit.reporting.PublishedProgress.ItemGroup;
import org.sujarit.reporting.PublishedProgress.SourceGroup;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;

/**
 * Published progress as open data, without sign-in: only rounds the coordinator published and only
 * accepted reports, as JSON (grouped source → item → activity) and CSV (one row per accepted report).
 */
@ApiController("/api/v1/public/progress")
@Tag(name = "Open data: progress", description = PublicProgressApiController.ABOUT)
class PublicProgressApiController {

	static final String ABOUT = "Progress on the measures to raise Thailand's CPI, as accepted by the coordinator (PACC) "
			+ "in the reporting rounds it published. Reports still in draft, submitted, approved or returned are never "
			+ "included; agencies are named, people are not. No sign-in; CORS open; cacheable for 5 minutes.";

	private static final Duration CACHE = Duration.ofMinutes(5);

	private final Reporting reporting;

	PublicProgressApiController(Reporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	@Operation(summary = "The published reporting rounds, newest first", description = ABOUT)
	ResponseEntity<List<Round>> rounds() {
		return ResponseEntity.ok().cacheControl(OpenData.cacheFor(CACHE)).body(reporting.publishedRounds());
	}

	@GetMapping("/{roundId}")
	@Operation(summary = "A published round's accepted progress by recommendation source → item → activity, "
			+ "with counts per source; ?source= narrows to one recommendation source", description = ABOUT)
	ResponseEntity<PublishedProgress> progress(@PathVariable long roundId, @RequestParam(required = false) String source) {
		return ResponseEntity.ok()
			.cacheControl(OpenData.cacheFor(CACHE))
			.body(reporting.publishedProgressBySource(roundId, source));
	}

	@GetMapping(value = "/{roundId}.csv", produces = OpenData.CSV)
	@Operation(summary = "A published round's accepted progress as CSV (RFC 4180, UTF-8, header row), one row per "
			+ "accepted report", description = ABOUT)
	void csv(@PathVariable long roundId, @RequestParam(required = false) String source, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		PublishedProgress progress = reporting.publishedProgressBySource(roundId, source);
		OpenData.csv(request, response, "sujarit-progress-" + roundId + ".csv", CACHE, true);
		Round round = progress.round();
		try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
			csv.row("round_id", "fiscal_year", "round_kind", "source_code", "source_name", "item_code", "item_title",
					"activity_id", "activity_code", "activity_title", "timeframe", "agency", "agency_role",
					"progress_status", "progress", "accepted_on");
			for (SourceGroup s : progress.sources()) {
				for (ItemGroup i : s.items()) {
					for (ActivityProgress a : i.activities()) {
						for (AgencyProgress p : a.progress()) {
							csv.row(round.id(), round.fiscalYear(), round.kind(), s.code(), s.nameTh(), i.code(), i.titleTh(),
									a.activityId(), a.code(), a.titleTh(), a.timeframeTh(), p.agencyNameTh(), p.role(),
									p.status(), p.narrative(), p.acceptedOn());
						}
					}
				}
			}
		}
	}

}
