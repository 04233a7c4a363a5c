package org.sujarit.directory.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Directory;
import org.sujarit.directory.DirectoryProperties;
import org.sujarit.directory.NewAgency;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Bulk import of agencies: upload → dry run (every row checked, the result kept in the database under a
 * random token) → apply in one transaction. Applying again changes nothing and returns the same summary.
 * A file that cannot be read, or whose header is wrong, is refused whole and nothing is kept.
 */
@Service
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
public class AgencyImports {

	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final ImportRepository imports;

	private final AgencyBulkWriter writer;

	private final Directory directory;

	private final DirectoryProperties properties;

	private final AuditLog audit;

	private final TabularReader reader;

	AgencyImports(ImportRepository imports, AgencyBulkWriter writer, Directory directory,
			DirectoryProperties properties, AuditLog audit, TabularReader reader) {
		this.imports = imports;
		this.writer = writer;
		this.directory = directory;
		this.properties = properties;
		this.audit = audit;
		this.reader = reader;
	}

	/** Reads and checks a file, keeps the result, and returns the token to view or apply it. */
	@Transactional
	public UUID dryRun(String fileName, byte[] content) {
		Sheet sheet = ImportFileReader.read(reader, content, properties.importMaxSize().toBytes(), properties.importMaxRows());
		AgencyImportRules.Table table = AgencyImportRules.table(sheet);
		if (table.rows().size() > properties.importMaxRows()) {
			throw DomainException.invalid("directory.import.file.too-many-rows", properties.importMaxRows());
		}
		List<ImportRowResult> results = AgencyImportRules.check(table, imports.existingAgencies(), directory.provinces());
		Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
		results.forEach(row -> counts.merge(row.outcome(), 1, Integer::sum));
		UUID token = UUID.randomUUID();
		long id = imports.insertImport(token, displayName(fileName), sheet.format(), table.columns(), counts,
				results.size(), Actor.current(), Instant.now().plus(KEPT_FOR));
		imports.insertRows(id, results);
		return token;
	}

	public ImportPreview preview(UUID token) {
		return record(token).preview();
	}

	public List<ImportRowResult> rows(UUID token, ImportOutcome outcome, int limit, int offset) {
		return imports.rows(record(token).id(), outcome, limit, offset);
	}

	public int countRows(UUID token, ImportOutcome outcome) {
		return imports.countRows(record(token).id(), outcome);
	}

	public List<ImportPreview> recent(int limit) {
		return imports.recent(limit);
	}

	/**
	 * Writes the checked rows. Rows are checked again against the directory as it is now; if anything
	 * has become wrong since the dry run, nothing is written. Applying an applied import returns its
	 * summary without writing.
	 */
	@Transactional
	public ImportPreview apply(UUID token) {
		ImportRepository.ImportRecord record = imports.lock(token)
			.orElseThrow(() -> DomainException.notFound("directory.import.not-found"));
		ImportPreview preview = record.preview();
		if (preview.applied()) {
			return preview;
		}
		if (preview.expired()) {
			throw DomainException.conflict("directory.import.expired");
		}
		if (preview.errorCount() > 0) {
			throw DomainException.conflict("directory.import.has-errors", preview.errorCount());
		}
		List<ImportRowResult> stored = imports.rows(record.id(), null, Integer.MAX_VALUE, 0);
		Set<ImportColumn> columns = preview.columns();
		var existing = imports.existingAgencies();
		List<ImportRowResult> rechecked = AgencyImportRules.check(table(columns, stored), existing,
				directory.provinces());
		if (rechecked.stream().anyMatch(row -> row.outcome() == ImportOutcome.ERROR)) {
			throw DomainException.conflict("directory.import.stale");
		}
		AgencyBulkWriter.Written written = new AgencyBulkWriter.Written(0, 0);
		for (List<ImportRowResult> level : AgencyImportRules.levels(rechecked)) {
			List<NewAgency> agencies = level.stream()
				.filter(row -> row.outcome() != ImportOutcome.UNCHANGED)
				.map(row -> AgencyImportRules.merged(row, columns, existing.get(row.code())))
				.toList();
			written = written.plus(writer.upsertAll(agencies));
		}
		int unchanged = rechecked.size() - written.inserted() - written.updated();
		imports.markApplied(record.id(), Actor.current(), written.inserted(), written.updated(), unchanged);
		audit.record("AGENCY_IMPORT_APPLIED", "directory_import", token.toString(),
				"{\"created\":" + written.inserted() + ",\"changed\":" + written.updated() + ",\"unchanged\":"
						+ unchanged + "}");
		return record(token).preview();
	}

	private ImportRepository.ImportRecord record(UUID token) {
		return imports.find(token).orElseThrow(() -> DomainException.notFound("directory.import.not-found"));
	}

	/** The stored rows as a table again, to be checked against the directory of now. */
	private static AgencyImportRules.Table table(Set<ImportColumn> columns, List<ImportRowResult> rows) {
		List<AgencyImportRules.RawRow> raw = new ArrayList<>(rows.size());
		for (ImportRowResult row : rows) {
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			put(values, ImportColumn.CODE, row.code());
			put(values, ImportColumn.NAME_TH, row.nameTh());
			put(values, ImportColumn.NAME_EN, row.nameEn());
			put(values, ImportColumn.ABBREV_TH, row.abbrevTh());
			put(values, ImportColumn.TYPE, row.type());
			put(values, ImportColumn.PARENT_CODE, row.parentCode());
			put(values, ImportColumn.PROVINCE_CODE, row.provinceCode());
			put(values, ImportColumn.DISTRICT_TH, row.districtTh());
			raw.add(new AgencyImportRules.RawRow(row.rowNo(), values, false));
		}
		return new AgencyImportRules.Table(columns, raw);
	}

	private static void put(Map<ImportColumn, String> values, ImportColumn column, String value) {
		if (value != null) {
			values.put(column, value);
		}
	}

	/** The file name as uploaded, only for display: no path, no control characters, not too long. */
	static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "-";
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
