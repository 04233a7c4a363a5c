package org.sujarit.cpi.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.SourceChange;
import org.sujarit.cpi.WhatIf;
import org.sujarit.platform.web.ApiController;

/**
 * CPI results as JSON: Thailand's history (public copies: {@link PublicCpiApiController}), a year's source scores with their change, the
 * what-if simulator and a coordinator's correction of a source score.
 */
@ApiController("/api/v1")
class CpiApiController {

	private final Cpi cpi;

	CpiApiController(Cpi cpi) {
		this.cpi = cpi;
	}

	/** What-if input: a year and the source scores to change (null leaves a source out). */
	record WhatIfRequest(@NotNull @Min(1995) @Max(2100) Integer year, @NotNull Map<String, BigDecimal> scores) {
	}

	/** A corrected source score and the version it was read at. */
	record CorrectionRequest(@NotNull BigDecimal score) {
	}

	@GetMapping("/cpi/thailand")
	List<CountryYear> thailand() {
		return cpi.thailandHistory();
	}

	@GetMapping("/cpi/{year}/sources")
	List<SourceChange> sources(@PathVariable int year) {
		return cpi.sourceChanges(year);
	}

	@GetMapping("/cpi/{year}/countries")
	List<CountryYear> countries(@PathVariable int year) {
		return cpi.countries(year);
	}

	@PostMapping("/cpi/what-if")
	WhatIf whatIf(@Valid @RequestBody WhatIfRequest request) {
		return cpi.whatIf(request.year(), request.scores());
	}

	@PutMapping("/cpi/{year}/sources/{code}")
	void correct(@PathVariable int year, @PathVariable String code, @RequestParam int version,
			@Valid @RequestBody CorrectionRequest request) {
		cpi.correctSourceScore(year, code, version, request.score());
	}

}
