package org.sujarit.opendata;

import java.math.BigDecimal;

import org.sujarit.opendata.ingest.SourceLine.LineKind;

/**
 * One stored line of a budget document: each field as printed or typed (so a mistake can be shown and
 * fixed where it is), the amount read from {@code amountText}, and where it came from in the file.
 */
public record BudgetLine(long id, int ordinal, LineKind kind, String fiscalYear, String laoCode, String side,
		String plan, String work, String budgetGroup, String category, String expenseType, String expenseCode,
		String item, String amountText, BigDecimal amount, String sheet, Integer row, Integer page,
		String sourceText, int version) {

	/** The text of one field as stored ({@code ROW_TYPE} is the line's kind). */
	public String value(BudgetField field) {
		return switch (field) {
			case FISCAL_YEAR -> fiscalYear;
			case LAO_CODE -> laoCode;
			case SIDE -> side;
			case PLAN -> plan;
			case WORK -> work;
			case BUDGET_GROUP -> budgetGroup;
			case CATEGORY -> category;
			case EXPENSE_TYPE -> expenseType;
			case EXPENSE_CODE -> expenseCode;
			case ITEM -> item;
			case AMOUNT -> amountText;
			case ROW_TYPE -> kind.name();
		};
	}

	/** Where it came from, for people: sheet and row, or page. */
	public String provenance() {
		StringBuilder where = new StringBuilder();
		if (sheet != null && !sheet.isBlank()) {
			where.append(sheet);
		}
		if (row != null) {
			where.append(where.isEmpty() ? "" : ":").append(row);
		}
		if (page != null) {
			where.append(where.isEmpty() ? "p." : " p.").append(page);
		}
		return where.toString();
	}

}
