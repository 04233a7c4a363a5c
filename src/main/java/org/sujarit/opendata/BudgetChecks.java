package org.sujarit.opendata;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.ThaiNumberParser;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.thai.ThaiDigits;

/**
 * The checks a budget document must pass before it is published, as pure functions of its lines and the
 * code lists. The most valuable one: every printed total (of a แผนงาน, of a งบ, the grand total) equals the
 * sum of the lines it covers. Issue codes follow Frictionless's where one fits. The per-line rules
 * ({@link #line}), the duplicate set ({@link DuplicateLines}) and the totals' running sums
 * ({@link BudgetTotals}) are shared with the streaming check of open-data CSV files ({@link BudgetCsvCheck}).
 */
final class BudgetChecks {

	/** No single budget line of a Thai local government comes near ten billion baht. */
	static final BigDecimal ABSURD = new BigDecimal("10000000000");

	/** What a document is declared to be. */
	record Context(String laoCode, int fiscalYear) {
	}

	/** A problem a parser reported while reading the file (stored with the document). */
	record ParseNote(String code, List<String> arguments, String sheet, Integer row, Integer page) {

		ParseNote {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

	}

	private BudgetChecks() {
	}

	static ValidationReport check(Context context, List<BudgetLine> lines, List<ParseNote> notes, CodeBook codes) {
		List<ValidationIssue> issues = new ArrayList<>();
		for (ParseNote note : notes) {
			issues.add(new ValidationIssue("parse-note", null, null, note.row() != null ? note.row() : note.page(),
					null, null, note.code(), note.arguments(), false));
		}
		if (lines.stream().noneMatch(l -> l.kind() == LineKind.LINE)) {
			issues.add(new ValidationIssue("blank-table", null, null, null, null, null, "opendata.check.blank-table",
					List.of(), true));
		}
		DuplicateLines duplicates = new DuplicateLines();
		BudgetTotals totals = new BudgetTotals(codes);
		for (BudgetLine line : lines) {
			line(context, line, codes, duplicates, issues::add);
			totals.add(line);
		}
		totals.finish(issues::add);
		return new ValidationReport(issues);
	}

	/**
	 * The checks of one line that need no other line but the earlier ones (for duplicates): declared LAO and
	 * year, amount, required cells, code lists, expense code. The printed totals are {@link BudgetTotals}'.
	 * Shared by the check of stored documents and the streaming check of open-data CSV files.
	 */
	static void line(Context context, BudgetLine line, CodeBook codes, DuplicateLines duplicates,
			Consumer<ValidationIssue> issues) {
		if (line.kind() == LineKind.HEADING) {
			return;
		}
		Checker checker = new Checker(line, issues);
		checker.encoding();
		checker.formulas();
		checker.declared(context);
		boolean total = line.kind() != LineKind.LINE;
		checker.amount(total);
		if (total) {
			return;
		}
		checker.required(BudgetField.ITEM, line.item());
		checker.codes(codes);
		checker.expenseCode();
		duplicates.firstOf(line)
			.ifPresent(first -> issues.accept(new ValidationIssue("duplicate-row", line.id(), line.ordinal(), line.row(),
					null, null, "opendata.check.duplicate-row", List.of(first), true)));
	}

	static String where(BudgetLine line) {
		return line.row() != null ? String.valueOf(line.row()) : "#" + line.ordinal();
	}

	static String money(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	/** The amount to store for an amount text: a number of baht and satang within NUMERIC(16,2), else null. */
	static BigDecimal storedAmount(String text) {
		return ThaiNumberParser.parse(text)
			.filter(a -> a.stripTrailingZeros().scale() <= 2 && a.abs().compareTo(ABSURD.movePointRight(4)) < 0)
			.map(a -> a.setScale(2, java.math.RoundingMode.UNNECESSARY))
			.orElse(null);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A fiscal year as typed: Thai or Arabic digits, B.E. or (below 2400) C.E.; empty when not a year. */
	static Optional<Integer> fiscalYear(String text) {
		String digits = ThaiDigits.toArabic(text == null ? "" : text).strip();
		if (digits.startsWith("พ.ศ.")) {
			digits = digits.substring(4).strip();
		}
		if (digits.length() != 4 || !digits(digits)) {
			return Optional.empty();
		}
		int year = Integer.parseInt(digits);
		return Optional.of(year < 2400 ? year + FiscalYear.BE_OFFSET : year);
	}

	/** Whether the text is only Arabic digits (and not empty). */
	static boolean digits(String text) {
		if (text.isEmpty()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** A code as typed: Thai digits as Arabic, spaces left out. */
	static String compactCode(String text) {
		StringBuilder code = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c)) {
				code.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
			}
		}
		return code.toString();
	}

	/** The checks of one line, adding to the shared list. */
	private static final class Checker {

		private final BudgetLine line;

		private final Consumer<ValidationIssue> issues;

		Checker(BudgetLine line, Consumer<ValidationIssue> issues) {
			this.line = line;
			this.issues = issues;
		}

		void add(String code, BudgetField field, String message, String... arguments) {
			issues.accept(new ValidationIssue(code, line.id(), line.ordinal(), line.row(), field,
					field == null ? null : line.value(field), message, List.of(arguments), true));
		}

		void encoding() {
			for (BudgetField field : BudgetField.values()) {
				String value = line.value(field);
				if (value != null && value.indexOf('\uFFFD') >= 0) {
					add("encoding-error", field, "opendata.check.encoding-error");
				}
			}
		}

		/** Spreadsheet error values (#REF!, #DIV/0!, #VALUE!...) are reported per cell, never read as 0. */
		void formulas() {
			for (BudgetField field : BudgetField.values()) {
				String value = line.value(field);
				if (value != null && Row.isError(value.strip())) {
					add("formula-error", field, "opendata.check.formula-error", value.strip());
				}
			}
		}

		void declared(Context context) {
			if (!blank(line.fiscalYear())) {
				Optional<Integer> year = fiscalYear(line.fiscalYear());
				if (year.isEmpty()) {
					add("type-error", BudgetField.FISCAL_YEAR, "opendata.check.type-error.year");
				}
				else if (year.get() != context.fiscalYear()) {
					add("fiscal-year-mismatch", BudgetField.FISCAL_YEAR, "opendata.check.fiscal-year-mismatch",
							String.valueOf(year.get()), String.valueOf(context.fiscalYear()));
				}
			}
			if (!blank(line.laoCode())
					&& !compactCode(line.laoCode()).equals(context.laoCode())) {
				add("unknown-lao", BudgetField.LAO_CODE, "opendata.check.unknown-lao", context.laoCode());
			}
		}

		void amount(boolean total) {
			if (blank(line.amountText())) {
				if (!total) {
					add("missing-cell", BudgetField.AMOUNT, "opendata.check.missing-cell");
				}
				return;
			}
			if (Row.isError(line.amountText().strip())) {
				return;
			}
			Optional<BigDecimal> amount = ThaiNumberParser.parse(line.amountText());
			if (amount.isEmpty()) {
				add("type-error", BudgetField.AMOUNT, "opendata.check.type-error.amount");
			}
			else if (amount.get().stripTrailingZeros().scale() > 2) {
				add("constraint-error", BudgetField.AMOUNT, "opendata.check.satang");
			}
			else if (amount.get().signum() < 0) {
				add("negative-amount", BudgetField.AMOUNT, "opendata.check.negative-amount");
			}
			else if (amount.get().compareTo(ABSURD) > 0) {
				add("absurd-amount", BudgetField.AMOUNT, "opendata.check.absurd-amount", money(ABSURD));
			}
		}

		boolean required(BudgetField field, String value) {
			if (blank(value)) {
				add("missing-cell", field, "opendata.check.missing-cell");
				return false;
			}
			return true;
		}

		void codes(CodeBook codes) {
			Optional<CodeEntry> plan = known(codes, CodeList.PLAN, line.plan(), true);
			Optional<CodeEntry> group = known(codes, CodeList.BUDGET_GROUP, line.budgetGroup(), true);
			Optional<CodeEntry> side = known(codes, CodeList.SIDE, line.side(), false);
			Optional<CodeEntry> category = known(codes, CodeList.CATEGORY, line.category(), false);
			if (side.isPresent() && plan.isPresent() && !Objects.equals(plan.get().parent(), side.get().code())) {
				add("foreign-key", BudgetField.SIDE, "opendata.check.side-of-plan", plan.get().nameTh());
			}
			if (category.isPresent() && group.isPresent()
					&& !Objects.equals(category.get().parent(), group.get().code())) {
				add("foreign-key", BudgetField.CATEGORY, "opendata.check.category-of-group", group.get().nameTh());
			}
		}

		private Optional<CodeEntry> known(CodeBook codes, CodeList list, String value, boolean required) {
			if (blank(value)) {
				if (required) {
					add("missing-cell", list.field(), "opendata.check.missing-cell");
				}
				return Optional.empty();
			}
			Optional<CodeEntry> entry = codes.resolve(list, value);
			if (entry.isEmpty()) {
				add("foreign-key", list.field(), "opendata.check.foreign-key." + list.slug());
			}
			return entry;
		}

		void expenseCode() {
			if (blank(line.expenseCode())) {
				return;
			}
			String code = ThaiDigits.toArabic(line.expenseCode()).strip();
			if (!digits(code)) {
				add("type-error", BudgetField.EXPENSE_CODE, "opendata.check.type-error.code");
			}
			else if (code.length() != 7) {
				add("constraint-error", BudgetField.EXPENSE_CODE, "opendata.check.expense-code-length");
			}
		}

	}

}
