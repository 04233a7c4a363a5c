package org.sujarit.cpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.cpi.CpiMethod.Estimate;
import org.sujarit.planning.CpiSource;
import org.sujarit.planning.Planning;
import org.sujarit.planning.WorkingGroup;
import org.sujarit.platform.web.DomainException;

/**
 * CPI intelligence: published results, source scores and their changes, the working groups' sources,
 * the gap to the national target, the what-if simulator and a coordinator's correction of a source score.
 * Readable by any signed-in user (the web layer also serves a public dashboard).
 */
@Service
@Transactional(readOnly = true)
public class Cpi {

	/** ISO 3166-1 alpha-3 code of Thailand. */
	public static final String THAILAND = "THA";

	private final CpiRepository repository;

	private final Planning planning;

	Cpi(CpiRepository repository, Planning planning) {
		this.repository = repository;
		this.planning = planning;
	}

	/** Thailand's published results, oldest first. */
	public List<CountryYear> thailandHistory() {
		return repository.history(THAILAND);
	}

	/** CPI years with any result loaded, oldest first. */
	public List<Integer> years() {
		return repository.years();
	}

	public Optional<CountryYear> result(String countryCode, int year) {
		return repository.result(countryCode, year);
	}

	/** Every loaded country's result for a year, best score first (unscored last). */
	public List<CountryYear> countries(int year) {
		return repository.year(year);
	}

	/** The CPI sources that assess Thailand, in the planning module's order. */
	public List<CpiSource> sources() {
		return planning.cpiSources();
	}

	public List<SourceScore> sourceScores(int year) {
		return repository.sourceScores(THAILAND, year);
	}

	/** Each source's score in a year beside the year before, in the planning module's source order. */
	public List<SourceChange> sourceChanges(int year) {
		Map<String, SourceScore> current = byCode(repository.sourceScores(THAILAND, year));
		Map<String, SourceScore> previous = byCode(repository.sourceScores(THAILAND, year - 1));
		List<SourceChange> changes = new ArrayList<>();
		for (CpiSource source : planning.cpiSources()) {
			changes.add(SourceChange.of(source.code(), source.name(), current.get(source.code()), previous.get(source.code())));
		}
		return changes;
	}

	/** The 4 working groups with their sources' latest scores and change since the year before. */
	public List<GroupTrend> groupTrends() {
		Optional<Integer> latest = latestYear();
		if (latest.isEmpty()) {
			return List.of();
		}
		int year = latest.get();
		Map<String, SourceChange> changes = sourceChanges(year).stream()
			.collect(Collectors.toMap(SourceChange::sourceCode, Function.identity()));
		List<GroupTrend> groups = new ArrayList<>();
		for (WorkingGroup group : planning.workingGroups()) {
			groups.add(new GroupTrend(group.code(), group.nameTh(), year,
					group.cpiSources().stream().filter(changes::containsKey).map(changes::get).toList()));
		}
		return groups;
	}

	/** The distance from Thailand's latest score to the national target, if any score is loaded. */
	public Optional<TargetGap> targetGap() {
		return thailandHistory().stream().filter(CountryYear::scored).reduce((a, b) -> b).map(Cpi::gap);
	}

	static TargetGap gap(CountryYear latest) {
		int missing = Math.max(0, TargetGap.TARGET_SCORE - latest.score());
		int years = Math.max(0, TargetGap.TARGET_YEAR - latest.year());
		BigDecimal perYear = missing == 0 ? BigDecimal.ZERO
				: years == 0 ? BigDecimal.valueOf(missing)
						: BigDecimal.valueOf(missing).divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
		return new TargetGap(latest.year(), latest.score(), latest.rank(), TargetGap.TARGET_SCORE, TargetGap.TARGET_RANK,
				TargetGap.TARGET_YEAR, missing, years, perYear);
	}

	/**
	 * Applies the CPI method to Thailand's source scores of a year with some of them replaced; a blank
	 * (null) score leaves the source out, as if it had not assessed Thailand.
	 */
	public WhatIf whatIf(int year, Map<String, BigDecimal> changed) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (SourceScore score : repository.sourceScores(THAILAND, year)) {
			scores.put(score.sourceCode(), score.score());
		}
		changed.forEach((source, value) -> {
			if (value == null) {
				scores.remove(source);
			}
			else {
				if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
					throw DomainException.invalid("cpi.score.range", source);
				}
				scores.put(source, value);
			}
		});
		Estimate estimate = CpiMethod.estimate(year, scores.values());
		List<CountryYear> loaded = repository.year(year);
		List<CountryYear> others = loaded.stream().filter(c -> !THAILAND.equals(c.countryCode()) && c.scored()).toList();
		CountryYear published = repository.result(THAILAND, year).orElse(null);
		boolean worldData = repository.importedYears().contains(year);
		String region = published != null && published.region() != null ? published.region() : CpiGroup.AP.regionCode();
		Integer amongLoaded = null;
		Integer world = null;
		Integer regionRank = null;
		Integer regionCountries = null;
		if (estimate.scored() && !others.isEmpty()) {
			amongLoaded = CpiMethod.rank(estimate.score(), others.stream().map(CountryYear::score).toList());
			if (worldData) {
				world = amongLoaded;
				List<Integer> neighbours = others.stream()
					.filter(c -> region.equals(c.region()))
					.map(CountryYear::score)
					.toList();
				regionRank = CpiMethod.rank(estimate.score(), neighbours);
				regionCountries = neighbours.size() + 1;
			}
			else {
				world = loaded.stream()
					.filter(c -> c.scored() && c.rank() != null && c.score().equals(estimate.score()))
					.map(CountryYear::rank)
					.findFirst()
					.orElse(null);
			}
		}
		if (!worldData && estimate.scored() && world == null && published != null && published.scored()
				&& published.score().equals(estimate.score())) {
			world = published.rank();
		}
		return new WhatIf(year, scores, estimate, published, amongLoaded, others.size() + 1, world, worldData,
				worldData ? others.size() + 1 : null, region, regionRank, regionCountries);
	}

	/**
	 * A year's results of a group of countries (ASEAN, a TI region or the world), best score first, unscored
	 * last. A region is known only for countries imported from TI's workbook (and the bundled ASEAN rows).
	 */
	public List<CountryYear> compare(int year, CpiGroup group) {
		return repository.year(year).stream().filter(group::includes).toList();
	}

	/** CPI years whose whole-world results were imported from TI's workbook. */
	public java.util.Set<Integer> worldYears() {
		return repository.importedYears();
	}

	public Optional<SourceScore> sourceScore(int year, String sourceCode) {
		return repository.sourceScore(THAILAND, year, sourceCode);
	}

	/**
	 * Corrects one of Thailand's source scores (audited by the table trigger). The published score, rank
	 * and SE are TI's and stay as published.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public void correctSourceScore(int year, String sourceCode, int version, BigDecimal score) {
		SourceScore current = repository.sourceScore(THAILAND, year, sourceCode)
			.orElseThrow(() -> DomainException.notFound("cpi.score.not-found", sourceCode, year));
		if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 4) {
			throw DomainException.invalid("cpi.score.range", sourceCode);
		}
		repository.correct(current.id(), version, score);
	}

	private Optional<Integer> latestYear() {
		List<SourceScore> all = repository.sourceScores(THAILAND);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).year());
	}

	private static Map<String, SourceScore> byCode(List<SourceScore> scores) {
		return scores.stream().collect(Collectors.toMap(SourceScore::sourceCode, Function.identity()));
	}

}
