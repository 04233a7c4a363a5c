package org.sujarit.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.RowHandler;
import org.sujarit.platform.tabular.TabularFormat;
import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.platform.web.DomainException;

/**
 * Checks an open-data budget CSV — the table Sujarit publishes, described by its {@code datapackage.json}
 * ({@link BudgetOutputs#COLUMNS}) and optionally a {@code row_type} column carrying printed totals — row by
 * row, keeping nothing per row: the header against the schema's field names, each cell against its type
 * and constraints, each line through {@link BudgetChecks#line} (code lists, amounts, expense codes,
 * duplicates through a {@link DuplicateLines} hash set) and the printed totals through
 * {@link BudgetTotals}' running sums.
 * <p>
 * With a declared LAO and year the file is one document, checked as {@link BudgetChecks} checks a stored
 * one. Without, the file may hold many LAOs' lines one after another (a provincial or national
 * compilation): each LAO code must be a DLA local government's, every line of the file the same year,
 * and duplicates, line numbers and totals are per LAO — so memory is bounded by the largest LAO, not the
 * file.
 */
final class BudgetCsvCheck implements RowHandler {

	/** Is told each LAO's lines as they are read and, once the LAO's last line is checked, its error count. */
	interface LaoListener {

		void line(String laoCode, BudgetLine line, String documentType);

		/** @param errors the errors found in this LAO's lines and totals (file-wide problems not included) */
		void finished(String laoCode, long errors);

	}

	private static final LaoListener NO_LISTENER = new LaoListener() {
		@Override
		public void line(String laoCode, BudgetLine line, String documentType) {
		}

		@Override
		public void finished(String laoCode, long errors) {
		}
	};

	static final String ROW_TYPE = "row_type";

	static final Set<String> INTEGER_COLUMNS = Set.of("line_no", "fiscal_year", "source_row");

	static final Set<String> REQUIRED_COLUMNS = Set.of("line_no", "lao_code", "fiscal_year", "amount");

	private static final int UNUSED = -1;

	private final CodeBook codes;

	private final Set<String> laoCodes;

	private final BudgetChecks.Context declared;

	private final int limit;

	private final List<String> header = new ArrayList<>();

	private final Map<String, Integer> columns = new HashMap<>();

	private final List<CsvIssue> issues = new ArrayList<>();

	private final Map<String, Long> counts = new LinkedHashMap<>();

	private final Set<String> finishedLaos = new HashSet<>();

	private final DuplicateLines duplicates = new DuplicateLines();

	private final BitSet lineNumbers = new BitSet();

	private final int[] chosen = new int[BudgetField.values().length];

	private TabularFormat format;

	private BudgetTotals totals;

	private boolean headerRead;

	private long rows;

	private long errors;

	private boolean anyLine;

	private String lao;

	private Integer fileYear;

	private int laos;

	private LaoListener listener = NO_LISTENER;

	/** Errors counted when the current LAO's first line was read. */
	private long errorsBeforeLao;

	/**
	 * @param laoCodes the DLA codes of every local government, for files without a declared document
	 * @param declared the document the file is declared to be, or null for a file of many LAOs
	 * @param limit how many issues the report lists (all are counted)
	 */
	BudgetCsvCheck(CodeBook codes, Set<String> laoCodes, BudgetChecks.Context declared, int limit) {
		this.codes = codes;
		this.laoCodes = laoCodes;
		this.declared = declared;
		this.limit = limit;
		this.totals = new BudgetTotals(codes);
	}

	/** For a file of many LAOs: who is told each LAO's lines and outcome. */
	BudgetCsvCheck listener(LaoListener laoListener) {
		this.listener = laoListener;
		return this;
	}

	/** The year of the file's lines (of many LAOs), once a line has given it. */
	Integer fiscalYear() {
		return fileYear;
	}

	/** Errors found so far in the whole file. */
	long errors() {
		return errors;
	}

	@Override
	public void format(TabularFormat detected) {
		if (detected == TabularFormat.XLSX || detected == TabularFormat.XLS) {
			throw DomainException.invalid("opendata.validate.not-csv");
		}
		this.format = detected;
	}

	@Override
	public void row(Row row) {
		if (!headerRead) {
			header(row);
			headerRead = true;
			return;
		}
		rows++;
		line(row);
	}

	/** Finishes the check once every row has been read. */
	CsvValidationReport report(String fileName) {
		if (!headerRead) {
			throw DomainException.invalid("platform.tabular.empty");
		}
		totals.finish(issue -> add(issue, null));
		if (lao != null) {
			listener.finished(lao, errors - errorsBeforeLao);
		}
		if (!anyLine) {
			add(new CsvIssue("blank-table", null, null, null, "opendata.check.blank-table", List.of(), true));
		}
		return new CsvValidationReport(fileName, format == null ? null : format.name(), header, rows,
				declared != null ? 1 : laos, errors, counts, issues, counts.values().stream().mapToLong(Long::longValue)
					.sum() > issues.size());
	}

	private void header(Row row) {
		Set<String> known = new HashSet<>();
		BudgetOutputs.COLUMNS.forEach(c -> known.add(c.name()));
		for (int i = 0; i < row.cells().size(); i++) {
			String name = row.cell(i).strip().toLowerCase(Locale.ROOT);
			header.add(name);
			if (name.isEmpty()) {
				add(new CsvIssue("blank-label", row.number(), Row.columnName(i), "", "opendata.csv.blank-label",
						List.of(Row.columnName(i)), true));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				add(new CsvIssue("duplicate-label", row.number(), name, name, "opendata.csv.duplicate-label",
						List.of(Row.columnName(i)), true));
			}
			else if (!known.contains(name) && !name.equals(ROW_TYPE)) {
				add(new CsvIssue("extra-label", row.number(), name, name, "opendata.csv.extra-label", List.of(name), true));
			}
		}
		for (BudgetOutputs.Column column : BudgetOutputs.COLUMNS) {
			if (!columns.containsKey(column.name())) {
				add(new CsvIssue("missing-label", row.number(), column.name(), null, "opendata.csv.missing-label",
						List.of(column.name()), true));
			}
		}
	}

	/**
	 * A cell's text, stripped; a leading apostrophe before {@code = + - @} is taken for the guard against
	 * formula injection that spreadsheet-safe writers (Sujarit's {@code CsvWriter} among them) add, and dropped.
	 */
	private String cell(Row row, String column) {
		Integer index = columns.get(column);
		if (index == null) {
			return "";
		}
		String value = row.cell(index).strip();
		if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

	/** The code column's text when filled, else the name column's; remembers which for the report. */
	private String classified(Row row, BudgetField field, String code, String name) {
		String value = cell(row, code);
		if (!value.isEmpty()) {
			chosen[field.ordinal()] = columns.get(code);
			return value;
		}
		Integer index = columns.get(name);
		chosen[field.ordinal()] = index == null ? UNUSED : index;
		return cell(row, name);
	}

	private void line(Row row) {
		Arrays.fill(chosen, UNUSED);
		if (row.cells().size() > header.size()) {
			for (int i = header.size(); i < row.cells().size(); i++) {
				if (!row.cell(i).isBlank()) {
					add(new CsvIssue("extra-cell", row.number(), Row.columnName(i), row.cell(i), "opendata.csv.extra-cell",
							List.of(Row.columnName(i)), true));
				}
			}
		}
		String laoText = cell(row, "lao_code");
		String laoCode = BudgetChecks.compactCode(laoText);
		if (declared == null && !laoCode.isEmpty() && !laoCode.equals(lao)) {
			nextLao(row, laoCode);
		}
		LineKind kind = kind(row);
		BudgetLine line = new BudgetLine(0, (int) rows, kind, cell(row, "fiscal_year"), laoText,
				classified(row, BudgetField.SIDE, "side_code", "side_name"),
				classified(row, BudgetField.PLAN, "plan_code", "plan_name"), cell(row, "work_name"),
				classified(row, BudgetField.BUDGET_GROUP, "budget_group_code", "budget_group_name"),
				classified(row, BudgetField.CATEGORY, "category_code", "category_name"), cell(row, "expense_type_name"),
				cell(row, "expense_code"), cell(row, "item"), cell(row, "amount"), null, null, row.number(), null, null,
				0);
		anyLine |= kind == LineKind.LINE;
		schema(row, line);
		BudgetChecks.line(context(line), line, codes, duplicates, issue -> add(issue, row));
		totals.add(line);
		if (lao != null) {
			listener.line(lao, line, cell(row, "document_type"));
		}
	}

	private void nextLao(Row row, String laoCode) {
		if (lao != null) {
			totals.finish(issue -> add(issue, null));
			finishedLaos.add(lao);
			duplicates.clear();
			lineNumbers.clear();
			listener.finished(lao, errors - errorsBeforeLao);
		}
		errorsBeforeLao = errors;
		if (finishedLaos.contains(laoCode)) {
			add(new CsvIssue("lao-split", row.number(), "lao_code", laoCode, "opendata.csv.lao-split", List.of(laoCode),
					true));
		}
		else {
			laos++;
		}
		lao = laoCode;
	}

	private BudgetChecks.Context context(BudgetLine line) {
		if (declared != null) {
			return declared;
		}
		Optional<Integer> year = BudgetChecks.fiscalYear(line.fiscalYear());
		if (fileYear == null && year.isPresent()) {
			fileYear = year.get();
		}
		return new BudgetChecks.Context(lao == null ? "" : lao, fileYear == null ? 0 : fileYear);
	}

	/** The Table Schema's own rules: required cells, integers, URIs, the primary key, codes against names. */
	private void schema(Row row, BudgetLine line) {
		for (String column : INTEGER_COLUMNS) {
			String value = cell(row, column);
			if (value.isEmpty()) {
				if (REQUIRED_COLUMNS.contains(column) && columns.containsKey(column)) {
					add(new CsvIssue("missing-cell", row.number(), column, "", "opendata.check.missing-cell", List.of(),
							true));
				}
				continue;
			}
			if (column.equals("fiscal_year")) {
				continue;
			}
			String digits = ThaiDigits.toArabic(value);
			if (digits.length() > 9 || !BudgetChecks.digits(digits)) {
				add(new CsvIssue("type-error", row.number(), column, value, "opendata.csv.type-error.integer",
						List.of(), true));
			}
			else if (column.equals("line_no")) {
				int number = Integer.parseInt(digits);
				if (lineNumbers.get(number)) {
					add(new CsvIssue("primary-key", row.number(), column, value, "opendata.csv.primary-key",
							List.of(value), true));
				}
				lineNumbers.set(number);
			}
		}
		if (columns.containsKey("lao_code") && cell(row, "lao_code").isEmpty()) {
			add(new CsvIssue("missing-cell", row.number(), "lao_code", "", "opendata.check.missing-cell", List.of(),
					true));
		}
		else if (declared == null && !laoCodes.contains(lao)) {
			add(new CsvIssue("unknown-lao", row.number(), "lao_code", cell(row, "lao_code"), "opendata.csv.unknown-lao",
					List.of(lao), true));
		}
		for (String column : List.of("plan_uri", "budget_group_uri", "category_uri")) {
			String value = cell(row, column);
			if (!value.isEmpty() && !value.startsWith("https://") && !value.startsWith("http://")) {
				add(new CsvIssue("type-error", row.number(), column, value, "opendata.csv.type-error.uri", List.of(),
						true));
			}
		}
		String type = cell(row, "document_type");
		if (!type.isEmpty() && Arrays.stream(DocumentType.values()).noneMatch(t -> t.name().equals(type))) {
			add(new CsvIssue("constraint-error", row.number(), "document_type", type, "opendata.csv.document-type",
					List.of(), true));
		}
		if (line.kind() == LineKind.LINE) {
			named(row, CodeList.SIDE, "side_code", "side_name");
			named(row, CodeList.PLAN, "plan_code", "plan_name");
			named(row, CodeList.BUDGET_GROUP, "budget_group_code", "budget_group_name");
			named(row, CodeList.CATEGORY, "category_code", "category_name");
		}
	}

	/** A code and a name on the same line must be the same code. */
	private void named(Row row, CodeList list, String codeColumn, String nameColumn) {
		String code = cell(row, codeColumn);
		String name = cell(row, nameColumn);
		if (code.isEmpty() || name.isEmpty()) {
			return;
		}
		Optional<CodeEntry> byCode = codes.resolve(list, code);
		Optional<CodeEntry> byName = codes.resolve(list, name);
		if (byCode.isPresent() && byName.isPresent() && !byCode.get().code().equals(byName.get().code())) {
			add(new CsvIssue("constraint-error", row.number(), nameColumn, name, "opendata.csv.code-name-mismatch",
					List.of(code), true));
		}
	}

	private static final Set<LineKind> FLAGGED = EnumSet.allOf(LineKind.class);

	private LineKind kind(Row row) {
		String flag = cell(row, ROW_TYPE);
		if (flag.isEmpty()) {
			return LineKind.LINE;
		}
		String name = flag.toUpperCase(Locale.ROOT).replace('-', '_');
		for (LineKind kind : FLAGGED) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		LineKind thai = switch (flag.replaceAll("\\s", "")) {
			case "รายการ" -> LineKind.LINE;
			case "หัวข้อ" -> LineKind.HEADING;
			case "รวมแผนงาน" -> LineKind.PLAN_TOTAL;
			case "รวมงบ" -> LineKind.GROUP_TOTAL;
			case "รวมทั้งสิ้น" -> LineKind.GRAND_TOTAL;
			default -> null;
		};
		if (thai == null) {
			add(new CsvIssue("constraint-error", row.number(), ROW_TYPE, flag, "opendata.csv.row-type", List.of(), true));
			return LineKind.LINE;
		}
		return thai;
	}

	/** A budget check's finding, named by the column its value came from. */
	private void add(ValidationIssue issue, Row row) {
		String column = null;
		if (issue.field() != null) {
			int index = chosen[issue.field().ordinal()];
			column = index != UNUSED && row != null ? header.get(index) : columnOf(issue.field());
		}
		add(new CsvIssue(issue.code(), issue.row(), column, issue.cell(), issue.message(), issue.arguments(),
				issue.error()));
	}

	/** The column a field's value is read from when no code column was filled. */
	static String columnOf(BudgetField field) {
		return switch (field) {
			case SIDE -> "side_code";
			case PLAN -> "plan_code";
			case BUDGET_GROUP -> "budget_group_code";
			case CATEGORY -> "category_code";
			case WORK -> "work_name";
			case EXPENSE_TYPE -> "expense_type_name";
			case ROW_TYPE -> ROW_TYPE;
			default -> field.key();
		};
	}

	private void add(CsvIssue issue) {
		counts.merge(issue.code(), 1L, Long::sum);
		if (issue.error()) {
			errors++;
		}
		if (issues.size() < limit) {
			issues.add(issue);
		}
	}

}
