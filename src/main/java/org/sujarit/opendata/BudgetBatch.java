package org.sujarit.opendata;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;

/**
 * The national batch (ชุดงบประมาณทั้งประเทศ): one open-data budget CSV holding many local governments'
 * budgets — a national or provincial compilation such as an export of the DLA's accounting system — is
 * checked row by row exactly as {@code /opendata/validate} checks it, and every LAO whose lines and totals
 * have no error is packaged as it would be published (CSV, XLSX with its dictionary, datapackage.json,
 * CSVW) into one zip, with a report of every LAO and the issues found. Nothing is stored: the batch
 * validates and packages; each LAO still publishes its own document.
 *
 * <p>The file is read once, one LAO at a time (memory grows with the largest LAO, not the file); while the
 * next LAO is being read, the finished ones are written by a few worker threads, at most a few LAOs ahead
 * of the zip. A file whose columns are wrong, or whose LAOs' lines are not kept together, gives no packages.
 */
@Service
class BudgetBatch {

	private final OpenDataRepository repository;

	private final Directory directory;

	private final BudgetOutputs outputs;

	private final AuditLog audit;

	private final TabularReader reader;

	private final int maxIssues;

	private final int threads;

	BudgetBatch(OpenDataRepository repository, Directory directory, BudgetOutputs outputs, AuditLog audit,
			@Value("${sujarit.opendata.batch.max-size:4GB}") DataSize maxSize,
			@Value("${sujarit.opendata.batch.max-rows:5000000}") int maxRows,
			@Value("${sujarit.opendata.validate.max-issues:1000}") int maxIssues,
			@Value("${sujarit.opendata.batch.threads:0}") int threads) {
		this.repository = repository;
		this.directory = directory;
		this.outputs = outputs;
		this.audit = audit;
		TabularProperties defaults = TabularProperties.defaults();
		this.reader = new TabularReader(new TabularProperties(maxSize, maxRows, defaults.maxColumns(),
				(long) maxRows * (BudgetOutputs.COLUMNS.size() + 1), defaults.maxCellLength(), defaults.zipMaxEntries(),
				defaults.zipMaxUncompressed(), defaults.zipMaxRatio()));
		this.maxIssues = maxIssues;
		this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Checks the file and packages its valid LAOs into a temporary zip, which the caller sends and deletes.
	 * @throws org.sujarit.platform.web.DomainException when the file is no CSV or cannot be read as text
	 */
	BatchPackages packageAll(InputStream content, String fileName) {
		MessageDigest sha256 = sha256();
		CodeBook codes = new CodeBook(repository.codes());
		Map<String, Agency> laos = new HashMap<>();
		directory.select(new AgencySelector(AgencyType.localGovernments(), null, null, null))
			.forEach(agency -> {
				if (agency.code() != null) {
					laos.put(agency.code(), agency);
				}
			});
		Path zip = temporaryZip();
		boolean keep = false;
		try {
			CsvValidationReport report;
			Packager packager;
			try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16));
					Packager working = new Packager(out, codes, laos)) {
				packager = working;
				BudgetCsvCheck check = new BudgetCsvCheck(codes, laos.keySet(), null, maxIssues).listener(working);
				working.check = check;
				// read and checked on this thread: the workers already keep the other cores busy
				reader.read(new DigestInputStream(content, sha256), fileName, check);
				report = check.report(fileName);
				working.drain();
				writeReports(out, working.outcomes, report);
			}
			String refusal = report.counts().containsKey("lao-split") ? "opendata.batch.lao-split"
					: packager.headerErrors > 0 ? "opendata.batch.header" : null;
			BatchPackages result = new BatchPackages(report, packager.outcomes, refusal == null ? zip : null, refusal);
			audit.recordDetail("OPENDATA_BATCH", "opendata_batch", null, detail(fileName, sha256, result));
			keep = refusal == null;
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!keep) {
				delete(zip);
			}
		}
	}

	private static Path temporaryZip() {
		try {
			return Files.createTempFile("sujarit-batch-", ".zip");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file; the operating system's cleaning removes what is left
		}
	}

	/** {@code report.csv}: every LAO of the file; {@code issues.csv}: the issues the check listed. */
	private static void writeReports(ZipOutputStream zip, List<BatchPackages.LaoOutcome> outcomes,
			CsvValidationReport report) throws IOException {
		zip.putNextEntry(new ZipEntry("report.csv"));
		try (CsvWriter csv = new CsvWriter(unclosable(zip))) {
			csv.row("lao_code", "lao_name", "lines", "errors", "packaged");
			for (BatchPackages.LaoOutcome outcome : outcomes) {
				csv.row(outcome.laoCode(), outcome.laoName(), outcome.lines(), outcome.errors(), outcome.packaged());
			}
		}
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry("issues.csv"));
		try (CsvWriter csv = new CsvWriter(unclosable(zip))) {
			csv.row("code", "row", "column", "value", "error");
			for (CsvIssue issue : report.issues()) {
				csv.row(issue.code(), issue.row(), issue.column(), issue.cell(), issue.error());
			}
		}
		zip.closeEntry();
	}

	private static Map<String, Object> detail(String fileName, MessageDigest sha256, BatchPackages result) {
		Map<String, Object> detail = new java.util.LinkedHashMap<>();
		detail.put("file", fileName);
		detail.put("sha256", HexFormat.of().formatHex(sha256.digest()));
		detail.put("rows", result.report().rows());
		detail.put("laos", result.outcomes().size());
		detail.put("packaged", result.packaged());
		detail.put("errors", result.report().errorCount());
		detail.put("refused", result.refusal());
		return detail;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OutputStream unclosable(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	/**
	 * Collects the current LAO's lines; when the check has finished an LAO without errors, turns its lines
	 * into the published table (here, on the reading thread: the code book is not shared between threads)
	 * and hands the files' writing to the workers; their results join the zip in the LAOs' order.
	 */
	private final class Packager implements BudgetCsvCheck.LaoListener, AutoCloseable {

		private final ZipOutputStream zip;

		private final CodeBook codes;

		private final Map<String, Agency> laos;

		private final ExecutorService workers = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("opendata-batch-", 0).daemon().factory());

		private final ArrayDeque<Future<List<PackagedFile>>> pending = new ArrayDeque<>();

		private final List<BatchPackages.LaoOutcome> outcomes = new ArrayList<>();

		private final Set<String> seen = new HashSet<>();

		private final List<BudgetLine> lines = new ArrayList<>();

		private BudgetCsvCheck check;

		private long headerErrors = -1;

		private DocumentType type = DocumentType.ORDINANCE;

		Packager(ZipOutputStream zip, CodeBook codes, Map<String, Agency> laos) {
			this.zip = zip;
			this.codes = codes;
			this.laos = laos;
			zip.setLevel(Deflater.BEST_SPEED);
		}

		@Override
		public void line(String laoCode, BudgetLine line, String documentType) {
			if (headerErrors < 0) {
				headerErrors = check.errors();
			}
			if (line.kind() == LineKind.LINE) {
				lines.add(line);
			}
			if (!documentType.isEmpty()) {
				try {
					type = DocumentType.valueOf(documentType);
				}
				catch (IllegalArgumentException ex) {
					// reported by the check as a constraint error, which keeps the LAO out of the batch
				}
			}
		}

		@Override
		public void finished(String laoCode, long errors) {
			Agency agency = laos.get(laoCode);
			boolean first = seen.add(laoCode);
			boolean packaged = errors == 0 && headerErrors == 0 && first && agency != null && !lines.isEmpty()
					&& check.fiscalYear() != null;
			outcomes.add(new BatchPackages.LaoOutcome(laoCode, agency == null ? null : agency.nameTh(), lines.size(), errors,
					packaged));
			if (packaged) {
				BudgetDataset dataset = new BudgetDataset(laoCode, agency.nameTh(), check.fiscalYear(), type);
				List<List<Object>> rows = outputs.rows(dataset, List.copyOf(lines), codes);
				submit(dataset, rows);
			}
			lines.clear();
			type = DocumentType.ORDINANCE;
		}

		private void submit(BudgetDataset dataset, List<List<Object>> rows) {
			while (pending.size() >= threads * 2) {
				writeOldest();
			}
			pending.add(workers.submit(() -> files(dataset, rows)));
		}

		private List<PackagedFile> files(BudgetDataset dataset, List<List<Object>> rows) {
			String folder = dataset.laoCode() + "/" + BudgetOutputs.baseName(dataset);
			List<PackagedFile> files = new ArrayList<>(OutputFormat.values().length);
			for (OutputFormat format : OutputFormat.values()) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(format.tabular() ? rows.size() * 700 : 8_192);
				switch (format) {
					case CSV -> outputs.csv(rows, bytes);
					case XLSX -> outputs.xlsx(dataset, rows, bytes);
					case DATAPACKAGE -> outputs.dataPackage(dataset, bytes);
					case CSVW -> outputs.csvw(dataset, bytes);
				}
				files.add(new PackagedFile(folder + format.suffix(), bytes.toByteArray()));
			}
			return files;
		}

		/** Waits for every LAO handed to the workers and writes them. */
		void drain() {
			while (!pending.isEmpty()) {
				writeOldest();
			}
		}

		private void writeOldest() {
			try {
				for (PackagedFile file : pending.removeFirst().get()) {
					zip.putNextEntry(new ZipEntry(file.name()));
					zip.write(file.bytes());
					zip.closeEntry();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			workers.shutdownNow();
		}

	}

	private record PackagedFile(String name, byte[] bytes) {
	}

}
