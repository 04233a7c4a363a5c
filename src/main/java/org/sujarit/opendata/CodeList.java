package org.sujarit.opendata;

/**
 * The DLA code lists budget lines are checked against; an administrator edits them. A code's stable
 * English key becomes its URI in the published files ({@code .../codes/plan/education}).
 */
public enum CodeList {

	/** ด้าน (4). */
	SIDE(BudgetField.SIDE, null),

	/** แผนงาน (12), each in its ด้าน. */
	PLAN(BudgetField.PLAN, SIDE),

	/** งบ (6). */
	BUDGET_GROUP(BudgetField.BUDGET_GROUP, null),

	/** หมวด, each in its งบ. */
	CATEGORY(BudgetField.CATEGORY, BUDGET_GROUP);

	private final BudgetField field;

	private final CodeList parent;

	CodeList(BudgetField field, CodeList parent) {
		this.field = field;
		this.parent = parent;
	}

	public BudgetField field() {
		return field;
	}

	/** The list a code's parent comes from, or null. */
	public CodeList parent() {
		return parent;
	}

	/** The list's name in URIs: {@code side}, {@code plan}, {@code budget-group}, {@code category}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
