package org.sujarit.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * The printed totals (of a แผนงาน, of a งบ, the grand total) against the sums of the lines they cover, in
 * one pass: each budget line adds its amount to a running sum per (แผนงาน, งาน, งบ); each printed total is
 * kept with the scope it has where it is printed (the แผนงาน and งบ of the lines above it) and compared
 * with the sums once every line has been seen, since a total may be printed before its lines. Memory grows
 * with the distinct classifications and the printed totals, never with the lines.
 */
final class BudgetTotals {

	private final CodeBook codes;

	private final Map<Scope, Sum> sums = new HashMap<>();

	private final List<Total> totals = new ArrayList<>();

	private String plan = "";

	private String work = "";

	private String group = "";

	BudgetTotals(CodeBook codes) {
		this.codes = codes;
	}

	/** Where a line is classified: keys of its แผนงาน, งาน and งบ (a null part covers any). */
	private record Scope(String plan, String work, String group) {

		boolean covers(Scope line) {
			return (plan == null || plan.equals(line.plan)) && (work == null || work.equals(line.work))
					&& (group == null || group.equals(line.group));
		}

	}

	private static final class Sum {

		private BigDecimal amount = BigDecimal.ZERO;

		private int lines;

	}

	/** A printed total waiting for the end: the issue to report, less the sum. */
	private record Total(BudgetLine line, BigDecimal printed, Scope scope, String code, String name) {
	}

	/** Takes the next line of the document, in file order. */
	void add(BudgetLine line) {
		if (line.kind() == LineKind.LINE || line.kind() == LineKind.HEADING) {
			plan = BudgetChecks.blank(line.plan()) ? plan : key(CodeList.PLAN, line.plan());
			work = BudgetChecks.blank(line.work()) ? work : CodeBook.normal(line.work());
			group = BudgetChecks.blank(line.budgetGroup()) ? group : key(CodeList.BUDGET_GROUP, line.budgetGroup());
			if (line.kind() == LineKind.LINE) {
				Optional<BigDecimal> amount = ThaiNumberParser.parse(line.amountText());
				if (amount.isPresent()) {
					Sum sum = sums.computeIfAbsent(new Scope(key(CodeList.PLAN, line.plan()),
							CodeBook.normal(line.work()), key(CodeList.BUDGET_GROUP, line.budgetGroup())), s -> new Sum());
					sum.amount = sum.amount.add(amount.get());
					sum.lines++;
				}
			}
			return;
		}
		Optional<BigDecimal> printed = ThaiNumberParser.parse(line.amountText());
		if (printed.isEmpty()) {
			return;
		}
		String totalWork = BudgetChecks.blank(line.work()) ? null : CodeBook.normal(line.work());
		switch (line.kind()) {
			case PLAN_TOTAL -> totals.add(new Total(line, printed.get(),
					new Scope(BudgetChecks.blank(line.plan()) ? plan : key(CodeList.PLAN, line.plan()), totalWork, null),
					"plan-total-mismatch", BudgetChecks.blank(line.plan()) ? plan : line.plan().strip()));
			case GROUP_TOTAL -> {
				boolean inherit = BudgetChecks.blank(line.plan()) && BudgetChecks.blank(line.budgetGroup());
				String totalPlan = BudgetChecks.blank(line.plan()) ? (inherit ? plan : null) : key(CodeList.PLAN, line.plan());
				String totalGroup = BudgetChecks.blank(line.budgetGroup()) ? group
						: key(CodeList.BUDGET_GROUP, line.budgetGroup());
				totals.add(new Total(line, printed.get(), new Scope(totalPlan, totalWork, totalGroup),
						"group-total-mismatch",
						BudgetChecks.blank(line.budgetGroup()) ? group : line.budgetGroup().strip()));
			}
			default -> totals.add(new Total(line, printed.get(), new Scope(null, null, null), "grand-total-mismatch", ""));
		}
	}

	/** Reports each printed total that differs from the sum of its lines, in the order they were printed. */
	void finish(Consumer<ValidationIssue> issues) {
		for (Total total : totals) {
			BigDecimal sum = BigDecimal.ZERO;
			int counted = 0;
			for (Map.Entry<Scope, Sum> entry : sums.entrySet()) {
				if (total.scope().covers(entry.getKey())) {
					sum = sum.add(entry.getValue().amount);
					counted += entry.getValue().lines;
				}
			}
			if (sum.compareTo(total.printed()) != 0) {
				BudgetLine line = total.line();
				issues.accept(new ValidationIssue(total.code(), line.id(), line.ordinal(), line.row(), BudgetField.AMOUNT,
						line.amountText(), "opendata.check." + total.code(),
						List.of(total.name(), BudgetChecks.money(total.printed()), BudgetChecks.money(sum),
								BudgetChecks.money(total.printed().subtract(sum)), String.valueOf(counted)),
						true));
			}
		}
		totals.clear();
		sums.clear();
	}

	/** The code a name resolves to, or the name itself (normalised) when it names no code. */
	private String key(CodeList list, String text) {
		return codes.resolve(list, text).map(CodeEntry::code).orElseGet(() -> "?" + CodeBook.normal(text));
	}

}
