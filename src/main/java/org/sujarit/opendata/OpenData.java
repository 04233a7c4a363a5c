package org.sujarit.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.ingest.MappedTables;
import org.sujarit.opendata.publish.DatasetToPublish;
import org.sujarit.platform.files.FileNames;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.platform.web.DomainException;

/**
 * The open budget data module's facade: LAOs' budget documents from upload to publishable open data.
 * Page-facing methods check the signed-in user (an LAO's own reporters, coordinators, administrators);
 * {@link #datasetToPublish} and {@link #markPublished} are for the publishing side, which checks its own
 * callers.
 */
@Service
public class OpenData {

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final OpenDataRepository repository;

	private final BudgetIngest ingest;

	private final BudgetValidation validation;

	private final BudgetOutputs outputs;

	private final TemplateWorkbook template;

	private final FileStore files;

	private final Directory directory;

	private final PublishedLineRepository published;

	private final BudgetCsvValidation csvValidation;

	private final BudgetBatch batch;

	OpenData(OpenDataRepository repository, BudgetIngest ingest, BudgetValidation validation, BudgetOutputs outputs,
			TemplateWorkbook template, FileStore files, Directory directory, BudgetCsvValidation csvValidation,
			PublishedLineRepository published, BudgetBatch batch) {
		this.batch = batch;
		this.published = published;
		this.repository = repository;
		this.ingest = ingest;
		this.validation = validation;
		this.outputs = outputs;
		this.template = template;
		this.files = files;
		this.directory = directory;
		this.csvValidation = csvValidation;
	}

	// reading

	/** The documents the signed-in user may see: their own LAO's, or every LAO's for coordinators. */
	public List<BudgetDocument> documents() {
		SujaritUser user = CurrentUser.require();
		if (user.seesAllAgencies()) {
			return repository.documents(null, 500);
		}
		if (user.agencyId() == null) {
			return List.of();
		}
		Access.view(user.agencyId());
		return repository.documents(user.agencyId(), 500);
	}

	public BudgetDocument document(long id) {
		BudgetDocument document = find(id);
		Access.view(document.agencyId());
		return document;
	}

	public List<BudgetLine> lines(long documentId) {
		return repository.lines(document(documentId).id());
	}

	/** The check's findings as the document is now (nothing is changed). */
	public ValidationReport report(long documentId) {
		BudgetDocument document = document(documentId);
		if (document.awaitsMapping()) {
			return new ValidationReport(List.of());
		}
		return validation.report(document);
	}

	public boolean canEdit(BudgetDocument document) {
		return Access.canEdit(document.agencyId());
	}

	public OpenDataStars stars(BudgetDocument document) {
		return OpenDataStars.of(document);
	}

	/**
	 * The local government (directory agency of a local-government type) with the DLA code.
	 * @throws DomainException {@code opendata.upload.unknown-lao} when there is none
	 */
	public Agency laoByCode(String code) {
		String digits = ThaiDigits.toArabic(code == null ? "" : code).strip();
		Agency agency = directory.agencyByCode(digits)
			.orElseThrow(() -> DomainException.invalid("opendata.upload.unknown-lao", digits));
		return ingest.lao(agency.id());
	}

	// getting data in

	/** The blank template, for the user's own LAO when they belong to one. */
	public byte[] template(int fiscalYear) {
		SujaritUser user = CurrentUser.require();
		Optional<Agency> lao = Optional.ofNullable(user.agencyId())
			.flatMap(directory::agency)
			.filter(a -> a.type().localGovernment());
		return template.write(repository.codes(), lao.map(Agency::code).orElse(null),
				lao.map(Agency::nameTh).orElse(null), fiscalYear);
	}

	/**
	 * Uploads a budget file for an LAO's document of a year and type (replacing the file it had).
	 * @return the document's id; see {@link BudgetDocument#awaitsMapping()}
	 */
	public long upload(long agencyId, int fiscalYear, DocumentType type, InputStream content, String originalName,
			String declaredType) {
		Access.edit(agencyId);
		return ingest.upload(agencyId, fiscalYear, type, content, originalName, declaredType);
	}

	public MappedTables.Preview mappingPreview(long documentId) {
		BudgetDocument document = find(documentId);
		Access.edit(document.agencyId());
		return ingest.preview(document);
	}

	/** Reads the document's table with the officer's mapping (field → 0-based column). */
	public void applyMapping(long documentId, Map<BudgetField, Integer> columns) {
		BudgetDocument document = find(documentId);
		Access.edit(document.agencyId());
		ingest.applyMapping(document, columns);
	}

	/** Checks the document again (after corrections) and records VALID or INVALID. */
	public ValidationReport validate(long documentId) {
		BudgetDocument document = find(documentId);
		Access.edit(document.agencyId());
		return validation.validate(document.id());
	}

	/**
	 * Corrects one line's cells; the document must then be checked again.
	 * @throws OptimisticLockingFailureException when the line changed since {@code version} was read
	 */
	@Transactional
	public BudgetLine updateLine(long documentId, long lineId, int version, Map<BudgetField, String> values) {
		BudgetDocument document = find(documentId);
		Access.edit(document.agencyId());
		repository.line(documentId, lineId)
			.orElseThrow(() -> DomainException.notFound("opendata.line.not-found", String.valueOf(lineId)));
		if (repository.updateLine(documentId, lineId, version, values) == 0) {
			throw new OptimisticLockingFailureException("opendata_line " + lineId + " changed since version " + version);
		}
		repository.setChanged(documentId);
		return repository.line(documentId, lineId).orElseThrow();
	}

	/**
	 * Checks an open-data budget CSV (the published layout, optionally with a {@code row_type} column of
	 * printed totals) row by row without keeping it: what a publisher runs before publishing. Nothing is
	 * stored. With an LAO code and a year the file is that LAO's document; without, it may hold many LAOs.
	 * @throws DomainException when only one of {@code laoCode} and {@code fiscalYear} is given, or the file is
	 *         no CSV text
	 */
	public CsvValidationReport validateCsv(InputStream content, String fileName, String laoCode, Integer fiscalYear) {
		CurrentUser.require();
		boolean lao = laoCode != null && !laoCode.isBlank();
		if (lao != (fiscalYear != null)) {
			throw DomainException.invalid("opendata.validate.declare-both");
		}
		BudgetChecks.Context declared = lao ? new BudgetChecks.Context(laoByCode(laoCode).code(), fiscalYear) : null;
		return csvValidation.validate(content, fileName, declared);
	}

	/**
	 * The national batch: checks a CSV of many LAOs' budgets and packages every valid LAO's open-data
	 * files into one zip ({@link BatchPackages}); for coordinators and administrators. Nothing is stored.
	 */
	@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
	public BatchPackages packageBatch(InputStream content, String fileName) {
		return batch.packageAll(content, fileName);
	}

	// outputs

	/** Writes one open-data file of a valid document. */
	public void write(long documentId, OutputFormat format, OutputStream out) {
		BudgetDocument document = document(documentId);
		write(document, format, out);
	}

	public String fileName(BudgetDocument document, OutputFormat format) {
		return BudgetOutputs.baseName(BudgetDataset.of(document)) + format.suffix();
	}

	/** The name of an open-data file ({@code budget-2560101-2569-ordinance.csv}). */
	public static String fileName(String laoCode, int fiscalYear, DocumentType type, OutputFormat format) {
		return BudgetOutputs.baseName(laoCode, fiscalYear, type) + format.suffix();
	}

	private void write(BudgetDocument document, OutputFormat format, OutputStream out) {
		if (!document.valid()) {
			throw DomainException.conflict("opendata.output.not-valid");
		}
		write(document, format, format.tabular() ? rows(document) : List.of(), out);
	}

	private void write(BudgetDocument document, OutputFormat format, List<List<Object>> rows, OutputStream out) {
		switch (format) {
			case CSV -> outputs.csv(rows, out);
			case XLSX -> outputs.xlsx(BudgetDataset.of(document), rows, out);
			case DATAPACKAGE -> outputs.dataPackage(BudgetDataset.of(document), out);
			case CSVW -> outputs.csvw(BudgetDataset.of(document), out);
		}
	}

	private List<List<Object>> rows(BudgetDocument document) {
		return outputs.rows(BudgetDataset.of(document), repository.lines(document.id()), validation.codeBook());
	}

	/** The uploaded file, for download by those who may see the document. */
	public ResponseEntity<Resource> source(long documentId) {
		BudgetDocument document = document(documentId);
		if (document.fileId() == null) {
			throw DomainException.notFound("opendata.document.no-file");
		}
		return files.download(document.fileId());
	}

	// publishing side

	/** Documents checked valid and not yet published, or changed since they were. */
	public List<BudgetDocument> publishable() {
		return repository.documentsIn(DocumentState.VALID);
	}

	/** The local government of a document, for the publishing side's own permission check. */
	long agencyOf(long documentId) {
		return find(documentId).agencyId();
	}

	/**
	 * The files and metadata of a valid document, written to a new temporary directory the caller deletes.
	 * @throws DomainException {@code opendata.output.not-valid} unless the document is VALID (or PUBLISHED)
	 */
	public DatasetToPublish datasetToPublish(long documentId) {
		BudgetDocument document = find(documentId);
		if (!document.valid()) {
			throw DomainException.conflict("opendata.output.not-valid");
		}
		try {
			Path dir = Files.createTempDirectory("sujarit-dataset-");
			List<DatasetToPublish.Resource> resources = new ArrayList<>();
			List<List<Object>> rows = rows(document);
			for (OutputFormat format : OutputFormat.values()) {
				Path file = dir.resolve(fileName(document, format));
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 65_536)) {
					write(document, format, rows, out);
				}
				resources.add(new DatasetToPublish.Resource(
						outputs.messages("opendata.resource." + format.name(), THAI), format.ckanFormat(),
						format.mediaType().split(";")[0], file, format == OutputFormat.CSV));
			}
			if (document.fileId() != null) {
				String name = FileNames.clean(document.fileName());
				Path original = dir.resolve("source-" + name);
				try (InputStream in = files.open(document.fileId())) {
					Files.copy(in, original);
				}
				String extension = FileNames.extension(name).toUpperCase(Locale.ROOT);
				resources.add(new DatasetToPublish.Resource(outputs.messages("opendata.resource.SOURCE", THAI),
						extension.isEmpty() ? "BIN" : extension, document.fileType(), original, false));
			}
			String province = directory.agency(document.agencyId()).map(Agency::provinceTh).orElse(null);
			return new DatasetToPublish(document.id(), document.agencyId(), document.laoCode(), document.laoNameTh(),
					province, document.fiscalYear(), document.documentType(), outputs.title(BudgetDataset.of(document), THAI),
					outputs.description(BudgetDataset.of(document), THAI), resources);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records that the document is on the portal as it is now (clears "out of date") and keeps its table as
	 * published: the public sees that, not corrections made after it.
	 */
	@Transactional
	public void markPublished(long documentId) {
		BudgetDocument document = find(documentId);
		if (!document.valid()) {
			throw DomainException.conflict("opendata.output.not-valid");
		}
		repository.setPublished(documentId);
		published.replace(documentId, rows(document));
	}

	// published, for everyone

	/**
	 * The table of a document as last published, one row per budget line in the open-data CSV's columns
	 * ({@link #publishedColumns()}); empty if it was never published.
	 */
	public List<List<Object>> publishedRows(long documentId) {
		return published.rows(documentId);
	}

	/**
	 * Documents published at least once, for everyone (the public budget explorer): of one LAO (code), fiscal
	 * year and type where those are not null.
	 */
	public List<BudgetDocument> publishedDocuments(String laoCode, Integer fiscalYear, DocumentType type) {
		return repository.publishedDocuments(laoCode, fiscalYear, type);
	}

	/** The published amounts of these documents by plan ({@link CodeList#PLAN}) or budget group. */
	public List<PublishedTotal> publishedTotals(java.util.Collection<Long> documentIds, CodeList by) {
		if (by != CodeList.PLAN && by != CodeList.BUDGET_GROUP) {
			throw new IllegalArgumentException("Totals by plan or budget group only, not " + by);
		}
		return documentIds.isEmpty() ? List.of() : published.totals(documentIds, by);
	}

	public static List<String> publishedColumns() {
		return BudgetOutputs.COLUMNS.stream().map(BudgetOutputs.Column::name).toList();
	}

	/**
	 * Writes one open-data file of a document as last published (what the portal and the public have), for
	 * anyone; {@code opendata.document.not-found} if it was never published.
	 */
	public void writePublished(long documentId, OutputFormat format, OutputStream out) {
		BudgetDocument document = repository.document(documentId)
			.filter(d -> d.publishedAt() != null)
			.orElseThrow(() -> DomainException.notFound("opendata.document.not-found", documentId));
		switch (format) {
			case CSV -> outputs.csv(published.rows(documentId), out);
			case XLSX -> outputs.xlsx(BudgetDataset.of(document), published.rows(documentId), out);
			case DATAPACKAGE -> outputs.dataPackage(BudgetDataset.of(document), out);
			case CSVW -> outputs.csvw(BudgetDataset.of(document), out);
		}
	}

	// code lists

	public List<CodeEntry> codes() {
		return repository.codes();
	}

	/** The URI a code has in the published files. */
	public String codeUri(CodeList list, String code) {
		return outputs.uri(list, code);
	}

	public Optional<CodeEntry> code(CodeList list, String code) {
		return repository.codes().stream().filter(c -> c.list() == list && c.code().equals(code)).findFirst();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public void updateCode(long id, int version, String nameTh, String nameEn, String parent, String dlaCode,
			int sortOrder, boolean active) {
		CodeEntry entry = repository.codes()
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.code.not-found", String.valueOf(id)));
		checkParent(entry.list(), parent);
		if (repository.updateCode(id, version, nameTh.strip(), nameEn.strip(), parent, dlaCode, sortOrder, active) == 0) {
			throw new OptimisticLockingFailureException("opendata_code " + id + " changed since version " + version);
		}
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	@Transactional
	public long addCode(CodeList list, String code, String nameTh, String nameEn, String parent, String dlaCode,
			int sortOrder) {
		String key = code.strip().toLowerCase(Locale.ROOT);
		if (!key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw DomainException.invalid("opendata.code.key-invalid", key);
		}
		if (repository.codeExists(list, key)) {
			throw DomainException.conflict("opendata.code.key-taken", key);
		}
		checkParent(list, parent);
		return repository.insertCode(list, key, nameTh.strip(), nameEn.strip(), parent, dlaCode, sortOrder);
	}

	private void checkParent(CodeList list, String parent) {
		if (list.parent() == null) {
			return;
		}
		if (parent == null || parent.isBlank() || !repository.codeExists(list.parent(), parent.strip())) {
			throw DomainException.invalid("opendata.code.parent-unknown", parent == null ? "" : parent);
		}
	}

	private BudgetDocument find(long id) {
		return repository.document(id)
			.orElseThrow(() -> DomainException.notFound("opendata.document.not-found", String.valueOf(id)));
	}

}
