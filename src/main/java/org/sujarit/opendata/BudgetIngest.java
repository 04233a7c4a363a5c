package org.sujarit.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.ingest.BudgetFileParser;
import org.sujarit.opendata.ingest.FieldColumns;
import org.sujarit.opendata.ingest.FieldRow;
import org.sujarit.opendata.ingest.FieldRowParser;
import org.sujarit.opendata.ingest.MappedTables;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.files.FileKind;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.files.StoredFile;
import org.sujarit.platform.web.DomainException;

/**
 * Gets budget files in: keeps the upload in the file store (content-checked), asks each
 * {@link BudgetFileParser} in order whether it recognises the content and lets the first read it; a table
 * no parser recognises waits for its column mapping. Lines are stored with where they came from, then
 * checked. Callers have already checked who may do this.
 */
@Service
class BudgetIngest {

	static final Set<FileKind> ACCEPTED = EnumSet.of(FileKind.PDF, FileKind.EXCEL, FileKind.CSV, FileKind.TEXT);

	private final List<BudgetFileParser> parsers;

	private final MappedTables mapped;

	private final FileStore files;

	private final Directory directory;

	private final OpenDataRepository repository;

	private final BudgetValidation validation;

	BudgetIngest(List<BudgetFileParser> parsers, MappedTables mapped, FileStore files, Directory directory,
			OpenDataRepository repository, BudgetValidation validation) {
		this.parsers = List.copyOf(parsers);
		this.mapped = mapped;
		this.files = files;
		this.directory = directory;
		this.repository = repository;
		this.validation = validation;
	}

	/** The local government an agency id stands for, refusing agencies that are not one. */
	Agency lao(long agencyId) {
		Agency agency = directory.agency(agencyId)
			.orElseThrow(() -> DomainException.invalid("opendata.upload.unknown-lao", String.valueOf(agencyId)));
		if (!agency.type().localGovernment() || agency.code() == null || !agency.code().matches("[0-9]{7}")) {
			throw DomainException.invalid("opendata.upload.not-lao", agency.nameTh());
		}
		return agency;
	}

	/**
	 * Keeps and reads one upload as the (new) file of the LAO's document for the year and type.
	 * @return the document's id; it awaits its column mapping when no parser recognised the table
	 */
	@Transactional
	long upload(long agencyId, int fiscalYear, DocumentType type, InputStream content, String originalName,
			String declaredType) {
		Agency lao = lao(agencyId);
		if (fiscalYear < 2500 || fiscalYear > 2700) {
			throw DomainException.invalid("opendata.upload.fiscal-year-range", String.valueOf(fiscalYear));
		}
		StoredFile stored = files.store(content, originalName, declaredType, ACCEPTED);
		Path copy = copy(stored);
		try {
			BudgetFileParser parser = recogniser(copy, stored.contentType());
			if (parser == null && stored.kind() == FileKind.PDF) {
				throw DomainException.invalid("opendata.upload.unrecognised-pdf");
			}
			// everything is read before the document changes: a file refused while reading leaves it as it was
			FieldFile fields = parser instanceof FieldRowParser fieldParser
					? new FieldFile(fieldParser.layout(), fieldParser.table(copy, stored.originalName()))
					: null;
			ParsedFile parsed = parser == null || fields != null ? null
					: readable(parser.parse(copy, stored.originalName()));
			if (parser == null) {
				// not the template nor a printed layout: the officer maps its columns first, if it is a table
				mapped.preview(copy, stored.originalName(), Map.of());
			}
			long id = repository.document(agencyId, fiscalYear, type)
				.map(BudgetDocument::id)
				.orElseGet(() -> repository.insertDocument(agencyId, lao.code(), lao.nameTh(), fiscalYear, type,
						Actor.current()));
			repository.replaceFile(id, stored.id(), stored.originalName(), stored.contentType(), Actor.current());
			if (fields != null) {
				store(id, fields.layout(), fieldLines(fields.table().rows()), notes(fields.table().problems()));
				validation.validate(id);
			}
			else if (parsed != null) {
				read(id, parsed);
				validation.validate(id);
			}
			return id;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(copy);
		}
	}

	/** What the mapping screen shows for a document's file. */
	MappedTables.Preview preview(BudgetDocument document) {
		Path copy = copy(file(document));
		try {
			return mapped.preview(copy, document.fileName(), repository.mapping(document.agencyId()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(copy);
		}
	}

	/** Reads the document's file with the officer's column mapping, remembers it for the LAO, checks the lines. */
	@Transactional
	void applyMapping(BudgetDocument document, Map<BudgetField, Integer> columns) {
		if (!columns.containsKey(BudgetField.AMOUNT) || !columns.containsKey(BudgetField.ITEM)) {
			throw DomainException.invalid("opendata.mapping.required");
		}
		if (columns.values().stream().distinct().count() != columns.size()) {
			throw DomainException.invalid("opendata.mapping.duplicate-column");
		}
		Path copy = copy(file(document));
		try {
			MappedTables.Preview preview = mapped.preview(copy, document.fileName(), Map.of());
			Map<BudgetField, String> remembered = new EnumMap<>(BudgetField.class);
			columns.forEach((field, column) -> {
				if (column < 0 || column >= preview.headers().size()) {
					throw DomainException.invalid("opendata.mapping.required");
				}
				remembered.put(field, preview.headers().get(column));
			});
			List<FieldRow> rows = mapped.rows(copy, document.fileName(),
					new FieldColumns(preview.sheet(), preview.headerRow(), columns));
			repository.replaceFile(document.id(), document.fileId(), document.fileName(), document.fileType(),
					Actor.current());
			store(document.id(), MappedTables.LAYOUT, fieldLines(rows), List.of());
			repository.saveMapping(document.agencyId(), remembered);
			validation.validate(document.id());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(copy);
		}
	}

	private BudgetFileParser recogniser(Path file, String mediaType) throws IOException {
		for (BudgetFileParser parser : parsers) {
			if (parser.recognises(file, mediaType)) {
				return parser;
			}
		}
		return null;
	}

	/** A file nothing could be read from (a scanned, locked or damaged PDF...) is refused with the reason. */
	private static ParsedFile readable(ParsedFile parsed) {
		if (parsed.lines().isEmpty() && !parsed.problems().isEmpty()) {
			ParsedFile.ParseProblem first = parsed.problems().get(0);
			throw DomainException.invalid(first.code(), first.arguments().toArray());
		}
		return parsed;
	}

	/** A table of one column per field: its rows as typed, and what was left out of the file. */
	private record FieldFile(String layout, FieldRowParser.Table table) {
	}

	private void read(long id, ParsedFile parsed) {
		List<OpenDataRepository.NewLine> lines = new ArrayList<>();
		for (SourceLine line : parsed.lines()) {
			Map<BudgetField, String> texts = new EnumMap<>(BudgetField.class);
			put(texts, BudgetField.SIDE, line.side());
			put(texts, BudgetField.PLAN, line.plan());
			put(texts, BudgetField.WORK, line.work());
			put(texts, BudgetField.BUDGET_GROUP, line.budgetGroup());
			put(texts, BudgetField.CATEGORY, line.category());
			put(texts, BudgetField.EXPENSE_TYPE, line.expenseType());
			put(texts, BudgetField.EXPENSE_CODE, line.expenseCode());
			put(texts, BudgetField.ITEM, line.item());
			put(texts, BudgetField.AMOUNT, line.amount() == null ? null : line.amount().toPlainString());
			lines.add(new OpenDataRepository.NewLine(line.kind(), texts, line.sheet(), line.row(), line.page(),
					line.text()));
		}
		store(id, parsed.layout(), lines, notes(parsed.problems()));
	}

	private static List<BudgetChecks.ParseNote> notes(List<ParsedFile.ParseProblem> problems) {
		return problems.stream()
			.map(p -> new BudgetChecks.ParseNote(p.code(), p.arguments(), p.sheet(), p.row(), p.page()))
			.toList();
	}

	private static List<OpenDataRepository.NewLine> fieldLines(List<FieldRow> rows) {
		return rows.stream()
			.map(row -> new OpenDataRepository.NewLine(row.kind(), row.cells(), row.sheet(), row.row(), null,
					String.join(" | ", row.cells().values())))
			.toList();
	}

	private void store(long id, String layout, List<OpenDataRepository.NewLine> lines,
			List<BudgetChecks.ParseNote> notes) {
		repository.insertLines(id, lines);
		repository.setRead(id, layout, notes);
	}

	private static void put(Map<BudgetField, String> texts, BudgetField field, String value) {
		if (value != null && !value.isBlank()) {
			texts.put(field, value);
		}
	}

	private StoredFile file(BudgetDocument document) {
		if (document.fileId() == null) {
			throw DomainException.conflict("opendata.document.no-file");
		}
		return files.find(document.fileId())
			.orElseThrow(() -> DomainException.notFound("opendata.document.no-file"));
	}

	/** A private copy of a stored file for the parsers, which read paths. */
	private Path copy(StoredFile stored) {
		try (InputStream in = files.open(stored.id())) {
			Path copy = Files.createTempFile("sujarit-budget-", ".bin");
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
