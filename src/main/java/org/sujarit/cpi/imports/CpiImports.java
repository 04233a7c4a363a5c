package org.sujarit.cpi.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.CpiMethod;
import org.sujarit.cpi.imports.ImportChecks.YearData;
import org.sujarit.cpi.imports.YearPreview.CorrectedScore;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.tabular.Sheet;
import org.sujarit.platform.tabular.TabularFormat;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Import of Transparency International's CPI results workbook as a user downloads it — an edition's
 * "CPI20xx_Results" (one sheet per edition with the 13 source scores) or "GlobalResultsTrends" (that and the
 * score timeseries since 2012), Transitional or Strict OOXML: upload → check (nothing written but the
 * import itself: years, countries, Thailand's rows, every problem by sheet, row and column, and the
 * coordinator-corrected source scores an apply would replace) → apply chosen years, each replacing that
 * year's results (and source scores, when the file has them) in one transaction, audited. Coordinators
 * and system administrators only.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
public class CpiImports {

	static final Duration KEPT_FOR = Duration.ofHours(24);

	/** At most this many problems are kept for the preview (the counts are complete). */
	static final int MAX_PROBLEMS = 1000;

	/** What the check found, as kept with the import. */
	public record Analysis(List<SheetSummary> sheets, List<YearPreview> years, List<ImportProblem> problems,
			int errorCount, int warningCount) {
	}

	private record Checked(Analysis analysis, Map<Integer, YearData> years) {
	}

	private final TabularReader reader;

	private final CpiImportRepository imports;

	private final AuditLog audit;

	private final ObjectMapper json;

	CpiImports(TabularReader reader, CpiImportRepository imports, AuditLog audit, ObjectMapper json) {
		this.reader = reader;
		this.imports = imports;
		this.audit = audit;
		this.json = json;
	}

	/** Reads and checks a workbook, keeps it with what was found, and returns the preview. */
	@Transactional
	public ImportPreview dryRun(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("cpi.import.file.empty");
		}
		Checked checked = check(content);
		imports.deleteExpired(Instant.now());
		UUID token = UUID.randomUUID();
		Analysis analysis = checked.analysis();
		imports.insert(token, displayName(fileName), sha256(content), content, write(analysis), analysis.errorCount(),
				analysis.warningCount(), Actor.current(), Instant.now().plus(KEPT_FOR));
		return preview(token);
	}

	public ImportPreview preview(UUID token) {
		return preview(imports.find(token).orElseThrow(() -> DomainException.notFound("cpi.import.not-found")));
	}

	public List<ImportPreview> recent(int limit) {
		return imports.recent(limit).stream().map(this::preview).toList();
	}

	/**
	 * Applies the chosen years (all the file's years when none are chosen): the workbook is checked again
	 * against the data of now, and if anything changed since the preview (a new error, a different set of
	 * corrected scores to replace) nothing is written. Each year's results — and source scores, when the
	 * file has them for that year — are replaced in this one transaction. Applying an applied import
	 * returns it unchanged.
	 */
	@Transactional
	public ImportPreview apply(UUID token, Collection<Integer> years) {
		CpiImportRepository.ImportRecord record = imports.lock(token)
			.orElseThrow(() -> DomainException.notFound("cpi.import.not-found"));
		ImportPreview preview = preview(record);
		if (preview.applied()) {
			return preview;
		}
		if (preview.expired() || record.content() == null) {
			throw DomainException.conflict("cpi.import.expired");
		}
		if (preview.errorCount() > 0) {
			throw DomainException.conflict("cpi.import.has-errors", preview.errorCount());
		}
		List<Integer> chosen = years == null || years.isEmpty() ? preview.yearsFound() : List.copyOf(new TreeSet<>(years));
		for (Integer year : chosen) {
			if (!preview.yearsFound().contains(year)) {
				throw DomainException.invalid("cpi.import.year-not-in-file", year);
			}
		}
		if (chosen.isEmpty()) {
			throw DomainException.invalid("cpi.import.no-years");
		}
		Checked now = check(record.content());
		if (now.analysis().errorCount() > 0 || !corrected(now.analysis()).equals(corrected(read(record.analysis())))) {
			throw DomainException.conflict("cpi.import.stale");
		}
		int results = 0;
		int sourceScores = 0;
		for (Integer year : chosen) {
			YearData data = now.years().get(year);
			int scored = (int) data.scored();
			List<CountryYear> rows = new ArrayList<>();
			Map<String, Map<String, BigDecimal>> scores = data.sourceScores() ? new LinkedHashMap<>() : null;
			for (ImportedCountry c : data.countries()) {
				rows.add(result(c, scored));
				if (scores != null && !c.sourceScores().isEmpty()) {
					scores.put(c.countryCode(), c.sourceScores());
					sourceScores += c.sourceScores().size();
				}
			}
			imports.replaceYear(year, rows, scores);
			results += rows.size();
		}
		imports.markApplied(record.id(), chosen, Actor.current());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("file", record.fileName());
		detail.put("sha256", record.sha256());
		detail.put("years", chosen);
		detail.put("results", results);
		detail.put("sourceScores", sourceScores);
		detail.put("correctedReplaced", corrected(now.analysis()).size());
		audit.recordDetail("CPI_IMPORT_APPLIED", "cpi_import", token.toString(), detail);
		return preview(token);
	}

	private static CountryYear result(ImportedCountry c, int scored) {
		Integer score = c.scored() ? c.score().intValueExact() : null;
		BigDecimal low = c.ciLow();
		BigDecimal high = c.ciHigh();
		if (score != null && c.standardError() != null && (low == null || high == null)) {
			BigDecimal[] interval = CpiMethod.interval(c.year(), score, c.standardError());
			low = interval[0];
			high = interval[1];
		}
		Integer sources = c.sources() != null ? Integer.valueOf(c.sources().intValue())
				: c.sourceScores().isEmpty() ? null : c.sourceScores().size();
		return new CountryYear(c.countryCode(), c.countryName(), c.year(), score,
				score == null || c.rank() == null ? null : c.rank().intValueExact(), score == null ? null : scored,
				c.standardError(), score == null ? null : low, score == null ? null : high, sources, c.region());
	}

	private Checked check(byte[] content) {
		List<Sheet> sheets = sheets(content);
		TiWorkbookParser.Result parsed = TiWorkbookParser.parse(sheets);
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Map<Integer, YearData> years = ImportChecks.check(parsed.sheetYears(), problems);
		List<Integer> withSources = years.values().stream().filter(YearData::sourceScores).map(YearData::year).toList();
		Map<Integer, List<CorrectedScore>> corrected = new LinkedHashMap<>();
		for (CpiImportRepository.Corrected c : imports.corrected(withSources)) {
			BigDecimal imported = years.get(c.year())
				.countries()
				.stream()
				.filter(country -> country.countryCode().equals(c.countryCode()))
				.findFirst()
				.map(country -> country.sourceScores().get(c.sourceCode()))
				.orElse(null);
			corrected.computeIfAbsent(c.year(), y -> new ArrayList<>())
				.add(new CorrectedScore(c.countryCode(), c.sourceCode(), c.score(), imported));
			problems.add(ImportProblem.warning(null, null, null, "cpi.import.problem.corrected-replaced",
					c.countryCode(), c.year(), c.sourceCode(), c.score(), imported == null ? "–" : imported));
		}
		List<YearPreview> previews = new ArrayList<>();
		years.forEach((year, data) -> previews.add(new YearPreview(year, data.countries().size(), (int) data.scored(),
				data.sourceScores(), data.countries().stream().mapToInt(c -> c.sourceScores().size()).sum(),
				imports.countYear(year),
				data.countries().stream().filter(c -> Cpi.THAILAND.equals(c.countryCode())).findFirst().orElse(null),
				corrected.getOrDefault(year, List.of()))));
		problems.sort(Comparator.comparing(ImportProblem::severity)
			.thenComparing(p -> p.sheet() == null ? "" : p.sheet())
			.thenComparing(p -> p.row() == null ? 0 : p.row()));
		int errors = (int) problems.stream().filter(ImportProblem::error).count();
		int warnings = (int) problems.stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).count();
		List<ImportProblem> kept = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
		return new Checked(new Analysis(parsed.sheets(), previews, List.copyOf(kept), errors, warnings), years);
	}

	/** The workbook's sheets; anything but an .xlsx (whatever its name) is refused. */
	private List<Sheet> sheets(byte[] content) {
		return reader.readSheets(new ByteArrayInputStream(content), null, format -> {
			if (format != TabularFormat.XLSX) {
				throw DomainException.invalid("cpi.import.file.not-xlsx");
			}
		});
	}

	private static List<CorrectedScore> corrected(Analysis analysis) {
		return analysis.years().stream().flatMap(y -> y.correctedReplaced().stream()).toList();
	}

	private ImportPreview preview(CpiImportRepository.ImportRecord r) {
		Analysis analysis = read(r.analysis());
		return new ImportPreview(r.token(), r.fileName(), r.sha256(), r.createdBy(), r.createdAt(), r.expiresAt(),
				r.appliedYears(), r.appliedBy(), r.appliedAt(), analysis.sheets(), analysis.years(), analysis.problems(),
				r.errorCount(), r.warningCount());
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Analysis read(String text) {
		try {
			return json.readValue(text, Analysis.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "workbook.xlsx";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
