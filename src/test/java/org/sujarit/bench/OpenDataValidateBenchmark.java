package org.sujarit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.CodeEntry;
import org.sujarit.opendata.CodeList;
import org.sujarit.opendata.CsvValidationReport;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.tabular.CsvWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Validates a 1,000,000-line open-data budget CSV (the published columns plus {@code row_type}, many LAOs
 * one after another, real DLA codes and code lists, some planted mistakes) with Sujarit's streaming check
 * ({@link OpenData#validateCsv}, as the API does) and, in the same run, with the JavaScript Frictionless
 * validator (npm {@code tableschema}, {@code bench/js/validate.js}) on the same file and Table Schema.
 * Prints time, lines per second and memory of each, and the ratio. See bench/README.md.
 */
final class OpenDataValidateBenchmark {

	static final List<String> COLUMNS = List.of("line_no", "lao_code", "lao_name", "fiscal_year", "document_type",
			"side_code", "side_name", "plan_code", "plan_name", "plan_uri", "work_name", "budget_group_code",
			"budget_group_name", "budget_group_uri", "category_code", "category_name", "category_uri",
			"expense_type_name", "expense_code", "item", "amount", "source_row", "row_type");

	/** An address of the reserved example domain: tableschema's uri format wants a top-level domain. */
	private static final String URI = "https://opendata.example.org/public/opendata/codes/";

	private final BenchArgs args;

	private final Path dataDir;

	private final int lines;

	private final int rowsPerLao;

	private final double errorRate;

	private final Path outDir;

	private final String node;

	private final Path script;

	private final long seed;

	private final boolean regenerate;

	private final double targetRatio;

	private final int sujaritRuns;

	OpenDataValidateBenchmark(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.lines = args.integer("lines", 1_000_000);
		this.rowsPerLao = args.integer("rows-per-lao", 400);
		this.errorRate = Double.parseDouble(args.string("error-rate", "0.0005"));
		this.outDir = args.path("out", "target/bench-opendata");
		this.node = args.string("node", "node");
		this.script = args.path("js", "bench/js/validate.js");
		this.seed = args.longValue("seed", 2569);
		this.regenerate = args.flag("regenerate", false);
		this.targetRatio = Double.parseDouble(args.string("target-ratio", "5"));
		this.sujaritRuns = args.integer("sujarit-runs", 2);
	}

	void run() throws Exception {
		args.rejectUnknown();
		Files.createDirectories(outDir);
		Path csv = outDir.resolve("budget-" + lines + ".csv");
		Path schema = outDir.resolve("schema.json");
		try (BenchApp app = BenchApp.start(dataDir, "--sujarit.opendata.validate.max-size=8GB",
				"--sujarit.opendata.validate.max-rows=" + (lines + 1), "--sujarit.opendata.validate.max-issues=1000")) {
			System.out.printf(Locale.ROOT, "App started in %,d ms%n", app.startMillis());
			OpenData openData = app.bean(OpenData.class);
			List<CodeEntry> codes = openData.codes();
			if (regenerate || !Files.exists(csv)) {
				long t = System.nanoTime();
				int laos = generate(csv, codes, app.bean(Directory.class), lines, rowsPerLao, seed, errorRate);
				System.out.printf(Locale.ROOT, "Generated %s: %,d lines of %,d LAOs, %.1f MB in %.1f s%n", csv, lines, laos,
						Files.size(csv) / 1048576.0, (System.nanoTime() - t) / 1e9);
			}
			writeSchema(schema, codes);
			System.out.printf(Locale.ROOT, "File %s: %,d lines, %.1f MB; schema %s%n", csv, lines, Files.size(csv) / 1048576.0,
					schema);
			BenchApp.signInAsCoordinator(0, "bench-opendata");

			System.out.println();
			System.out.println("Sujarit streaming check (OpenData.validateCsv, as POST /api/v1/opendata/validate)");
			double first = 0;
			for (int run = 1; run <= sujaritRuns; run++) {
				String loadBefore = loadAverage();
				HeapWatch heap = HeapWatch.begin();
				long t = System.nanoTime();
				CsvValidationReport report;
				try (InputStream in = Files.newInputStream(csv)) {
					report = openData.validateCsv(in, csv.getFileName().toString(), null, null);
				}
				double seconds = (System.nanoTime() - t) / 1e9;
				heap.finish();
				if (run == 1) {
					first = seconds;
				}
				System.out.printf(Locale.ROOT,
						"  run %d: %,d rows of %,d LAOs in %.2f s = %,.0f lines/s; heap before %,d MB, peak %,d MB (+%,d MB), old gen after GC %,d MB, %d GCs (%d ms); JVM peak RSS %,d MB; load %s -> %s%n",
						run, report.rows(), report.laos(), seconds, report.rows() / seconds, heap.before() >> 20,
						heap.peak() >> 20, (heap.peak() - heap.before()) >> 20, HeapWatch.oldGenerationAfterGc() >> 20,
						heap.gcCount(), heap.gcMillis(), peakRssKb() >> 10, loadBefore, loadAverage());
				System.out.printf(Locale.ROOT, "         %,d errors, %,d warnings, encoding %s; by type %s%n", report.errorCount(),
						report.warningCount(), report.encoding(), report.counts());
			}

			System.out.println();
			System.out.println("JavaScript Frictionless validator (npm tableschema, node " + script + ")");
			double js = javascript(csv, schema);
			if (js > 0) {
				System.out.printf(Locale.ROOT, "%nRatio (JavaScript time / Sujarit first-run time): %.1fx (target >= %.0fx: %s)%n",
						js / first, targetRatio, js / first >= targetRatio ? "met" : "MISSED");
			}
			System.out.printf(Locale.ROOT, "max heap (-Xmx) %,d MB; %d CPUs; load average now %s (the machine is shared)%n",
					Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());
		}
	}

	/** Runs the JavaScript validator; its time, or 0 when node or the package is missing. */
	private double javascript(Path csv, Path schema) throws IOException, InterruptedException {
		if (!Files.exists(script.resolveSibling("node_modules").resolve("tableschema"))) {
			System.out.println("  not run: bench/js/node_modules/tableschema is missing (run 'npm ci' in bench/js)");
			return 0;
		}
		Process process;
		try {
			process = new ProcessBuilder(node, script.toString(), csv.toString(), schema.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
		}
		catch (IOException ex) {
			System.out.println("  not run: node is not installed (" + ex.getMessage() + ")");
			return 0;
		}
		String loadBefore = loadAverage();
		long t = System.nanoTime();
		// node's own getrusage peak starts from this JVM's (Linux carries it across fork and exec): sample
		// the child's VmHWM instead
		Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
		AtomicLong peakKb = new AtomicLong();
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (process.isAlive()) {
				peakKb.accumulateAndGet(statusKb(status, "VmHWM:"), Math::max);
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		sampler.join();
		if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
			System.out.println("  failed: " + output);
			return 0;
		}
		double wall = (System.nanoTime() - t) / 1e9;
		JsonNode result = new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElse("{}"));
		double seconds = result.path("seconds").asDouble();
		System.out.printf(Locale.ROOT,
				"  %,d rows in %.2f s (%.2f s with node's start) = %,.0f lines/s; peak RSS %,d MB (VmHWM sampled every 50 ms); node %s; load %s -> %s%n",
				result.path("rows").asLong(), seconds, wall, result.path("rows").asLong() / seconds, peakKb.get() >> 10,
				result.path("node").asText(), loadBefore, loadAverage());
		System.out.printf(Locale.ROOT, "  %,d rows with errors, %,d errors; by message %s%n", result.path("errorRows").asLong(),
				result.path("errors").asLong(), result.path("errorTypes"));
		return wall;
	}

	/**
	 * Writes {@code lines} lines of real DLA local governments, one after another, {@code rowsPerLao} each
	 * (in code order, starting again from the first when all have had theirs).
	 * @return how many LAO budgets were written
	 */
	static int generate(Path csv, List<CodeEntry> codes, Directory directory, int lines, int rowsPerLao, long seed,
			double errorRate) throws IOException {
		List<Agency> laos = new ArrayList<>(directory.select(new AgencySelector(AgencyType.localGovernments(), null, null,
				null)));
		laos.removeIf(a -> a.code() == null || !a.code().matches("[0-9]{7}"));
		laos.sort(java.util.Comparator.comparing(Agency::code));
		OpenBudgets budgets = new OpenBudgets(codes);
		Random random = new Random(seed);
		int written = 0;
		int lao = 0;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20);
				CsvWriter writer = new CsvWriter(out)) {
			writer.row(new ArrayList<>(COLUMNS));
			while (written < lines) {
				Agency agency = laos.get(lao++ % laos.size());
				int rows = Math.min(rowsPerLao, lines - written);
				List<OpenBudgets.Line> budget = rows < 10 ? List.of()
						: budgets.budget(random, rows, 5, 3, errorRate);
				int number = 0;
				for (OpenBudgets.Line line : budget) {
					writer.row(row(agency, line, ++number));
				}
				written += budget.size();
				if (budget.isEmpty()) {
					break;
				}
			}
		}
		return lao;
	}

	private static List<Object> row(Agency agency, OpenBudgets.Line line, int number) {
		List<Object> row = new ArrayList<>(COLUMNS.size());
		row.add(number);
		row.add(agency.code());
		row.add(agency.nameTh());
		row.add(2569);
		row.add("ORDINANCE");
		row.add(code(line.side()));
		row.add(name(line.side()));
		row.add(line.plan() == null ? "" : line.plan().code());
		row.add(line.plan() == null ? "แผนงานที่ไม่มีในรายการ" : line.plan().nameTh());
		row.add(uri(CodeList.PLAN, line.plan()));
		row.add(line.work());
		row.add(code(line.group()));
		row.add(name(line.group()));
		row.add(uri(CodeList.BUDGET_GROUP, line.group()));
		row.add(code(line.category()));
		row.add(name(line.category()));
		row.add(uri(CodeList.CATEGORY, line.category()));
		row.add(line.expenseType());
		row.add(line.expenseCode());
		row.add(line.item());
		row.add(line.amount());
		row.add("");
		row.add(line.kind().equals("LINE") ? "" : line.kind());
		return row;
	}

	private static String code(CodeEntry entry) {
		return entry == null ? "" : entry.code();
	}

	private static String name(CodeEntry entry) {
		return entry == null ? "" : entry.nameTh();
	}

	private static String uri(CodeList list, CodeEntry entry) {
		return entry == null ? "" : URI + list.slug() + "/" + entry.code();
	}

	/**
	 * The Table Schema of the published CSV (the fields, types and required columns Sujarit's
	 * datapackage.json declares) with the code lists as {@code enum} constraints, {@code row_type}, and the
	 * key of a many-LAO file, (lao_code, line_no).
	 */
	private static void writeSchema(Path schema, List<CodeEntry> codes) throws IOException {
		List<Map<String, Object>> fields = new ArrayList<>();
		for (String name : COLUMNS) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", name);
			field.put("type", switch (name) {
				case "line_no", "fiscal_year", "source_row" -> "integer";
				case "amount" -> "number";
				default -> "string";
			});
			if (name.endsWith("_uri")) {
				field.put("format", "uri");
			}
			Map<String, Object> constraints = new LinkedHashMap<>();
			if (List.of("line_no", "lao_code", "fiscal_year", "amount").contains(name)) {
				constraints.put("required", true);
			}
			if (name.equals("amount")) {
				constraints.put("minimum", 0);
			}
			if (name.equals("lao_code")) {
				constraints.put("pattern", "[0-9]{7}");
			}
			CodeList list = switch (name) {
				case "side_code" -> CodeList.SIDE;
				case "plan_code" -> CodeList.PLAN;
				case "budget_group_code" -> CodeList.BUDGET_GROUP;
				case "category_code" -> CodeList.CATEGORY;
				default -> null;
			};
			if (list != null) {
				constraints.put("enum", codes.stream().filter(c -> c.list() == list && c.active()).map(CodeEntry::code).toList());
			}
			if (name.equals("row_type")) {
				constraints.put("enum", List.of("LINE", "HEADING", "PLAN_TOTAL", "GROUP_TOTAL", "GRAND_TOTAL"));
			}
			if (!constraints.isEmpty()) {
				field.put("constraints", constraints);
			}
			fields.add(field);
		}
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("fields", fields);
		descriptor.put("primaryKey", List.of("lao_code", "line_no"));
		descriptor.put("missingValues", List.of(""));
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(schema.toFile(), descriptor);
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** This JVM's peak resident memory (VmHWM), in KB. */
	static long peakRssKb() {
		return statusKb(Path.of("/proc/self/status"), "VmHWM:");
	}

	/** A figure in KB of a process's /proc status; 0 once it is gone. */
	static long statusKb(Path status, String name) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith(name)) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
		return 0;
	}

}
