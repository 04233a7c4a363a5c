package org.sujarit.cpi.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.GroupTrend;
import org.sujarit.cpi.SourceChange;
import org.sujarit.cpi.TargetGap;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.OpenData;

/**
 * Thailand's CPI as open data, without sign-in: JSON and CSV, cacheable, readable from any web site.
 */
@ApiController("/api/v1/public/cpi")
@Tag(name = "Open data: CPI", description = PublicCpiApiController.LICENCE)
class PublicCpiApiController {

	static final String LICENCE = "Thailand's Corruption Perceptions Index results and source scores. "
			+ "CPI data © Transparency International (www.transparency.org/cpi), licensed under "
			+ "Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0, "
			+ "https://creativecommons.org/licenses/by-nd/4.0/): credit Transparency International when reusing it. "
			+ "The CPI year is the survey year. No sign-in; CORS open; cacheable for an hour.";

	static final String LICENCE_LINK = "<https://creativecommons.org/licenses/by-nd/4.0/>; rel=\"license\"";

	private static final Duration CACHE = Duration.ofHours(1);

	private final Cpi cpi;

	PublicCpiApiController(Cpi cpi) {
		this.cpi = cpi;
	}

	/** One source's score in a year, whole as published and as stored, beside the year before. */
	record SourceYear(int year, String sourceCode, String sourceName, int score, BigDecimal scoreUnrounded,
			Integer previousYearScore, Integer change) {

		static SourceYear of(SourceChange c) {
			return new SourceYear(c.current().year(), c.sourceCode(), c.sourceName(), c.current().whole(), c.score(),
					c.previous(), c.difference());
		}

	}

	/** A working group of the CPI subcommittee and its sources' latest scores. */
	record Group(String code, String nameTh, int year, List<SourceYear> sources) {
	}

	@GetMapping
	@Operation(summary = "Thailand's CPI score, rank, standard error and 90% confidence interval by year",
			description = LICENCE)
	ResponseEntity<List<CountryYear>> history() {
		return ok(cpi.thailandHistory());
	}

	@GetMapping("/sources")
	@Operation(summary = "Thailand's score from each CPI source by year, with the change since the year before",
			description = LICENCE)
	ResponseEntity<List<SourceYear>> sources() {
		return ok(sourceYears());
	}

	@GetMapping("/groups")
	@Operation(summary = "The CPI subcommittee's 4 working groups with their sources' latest scores", description = LICENCE)
	ResponseEntity<List<Group>> groups() {
		List<Group> groups = new ArrayList<>();
		for (GroupTrend g : cpi.groupTrends()) {
			groups.add(new Group(g.code(), g.nameTh(), g.year(),
					g.sources().stream().filter(c -> c.current() != null).map(SourceYear::of).toList()));
		}
		return ok(groups);
	}

	@GetMapping("/target")
	@Operation(summary = "Gap from the latest score to the national target (CPI ≥ 73 or top 20 by 2037 = 2580 B.E.)",
			description = LICENCE)
	ResponseEntity<TargetGap> target() {
		return ok(cpi.targetGap().orElse(null));
	}

	@GetMapping("/{year}/countries")
	@Operation(summary = "The loaded countries' results of a CPI year (ASEAN), best first", description = LICENCE)
	ResponseEntity<List<CountryYear>> countries(@PathVariable int year) {
		return ok(cpi.countries(year));
	}

	@GetMapping(value = "/history.csv", produces = OpenData.CSV)
	@Operation(summary = "Thailand's CPI by year as CSV (RFC 4180, UTF-8, header row)", description = LICENCE)
	void historyCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
		OpenData.csv(request, response, "sujarit-cpi-thailand-history.csv", CACHE, false);
		response.setHeader("Link", LICENCE_LINK);
		try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
			csv.row("year", "country_code", "score", "rank", "countries", "standard_error", "ci_low", "ci_high", "sources");
			for (CountryYear r : cpi.thailandHistory()) {
				csv.row(r.year(), r.countryCode(), r.score(), r.rank(), r.countries(), r.standardError(), r.ciLow(), r.ciHigh(),
						r.sources());
			}
		}
	}

	@GetMapping(value = "/sources.csv", produces = OpenData.CSV)
	@Operation(summary = "Thailand's score from each CPI source by year as CSV (RFC 4180, UTF-8, header row)",
			description = LICENCE)
	void sourcesCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
		OpenData.csv(request, response, "sujarit-cpi-thailand-sources.csv", CACHE, false);
		response.setHeader("Link", LICENCE_LINK);
		try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
			csv.row("year", "source_code", "source_name", "score", "score_unrounded", "previous_year_score", "change");
			for (SourceYear s : sourceYears()) {
				csv.row(s.year(), s.sourceCode(), s.sourceName(), s.score(), s.scoreUnrounded(), s.previousYearScore(),
						s.change());
			}
		}
	}

	private List<SourceYear> sourceYears() {
		List<SourceYear> rows = new ArrayList<>();
		for (int year : cpi.years()) {
			cpi.sourceChanges(year).stream().filter(c -> c.current() != null).map(SourceYear::of).forEach(rows::add);
		}
		return rows;
	}

	private static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(OpenData.cacheFor(CACHE)).header("Link", LICENCE_LINK).body(body);
	}

}
