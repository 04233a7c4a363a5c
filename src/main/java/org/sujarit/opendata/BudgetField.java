package org.sujarit.opendata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical fields of a budget line, in template order. {@link #key()} is the short English name used
 * in the template's key row, the column mapping and the published CSV; the Thai label is the message
 * {@code opendata.field.<key>}. {@link #synonyms()} are header words that suggest the field when mapping
 * a file that is not the template.
 */
public enum BudgetField {

	FISCAL_YEAR("fiscal_year", "ปีงบประมาณ", "ปี", "fy", "year"),
	LAO_CODE("lao_code", "รหัสอปท", "รหัสองค์กรปกครองส่วนท้องถิ่น", "รหัสท้องถิ่น", "dla code", "org code"),
	SIDE("side", "ด้าน", "sector"),
	PLAN("plan", "แผนงาน", "program", "programme"),
	WORK("work", "งาน", "subprogram", "task"),
	BUDGET_GROUP("budget_group", "งบ", "budget group", "budget type"),
	CATEGORY("category", "หมวด", "หมวดรายจ่าย", "expense category"),
	EXPENSE_TYPE("expense_type", "ประเภทรายจ่าย", "ประเภท", "expense type"),
	EXPENSE_CODE("expense_code", "รหัสบัญชี", "รหัสรายจ่าย", "รหัส", "account code", "code"),
	ITEM("item", "รายการ", "โครงการ", "รายการโครงการ", "รายละเอียด", "description", "project"),
	AMOUNT("amount", "จำนวนเงิน", "งบประมาณ", "ยอดเงิน", "บาท", "value", "budget"),
	ROW_TYPE("row_type", "ประเภทแถว", "แถวรวม", "total");

	private final String key;

	private final List<String> synonyms;

	BudgetField(String key, String... synonyms) {
		this.key = key;
		this.synonyms = List.of(synonyms);
	}

	public String key() {
		return key;
	}

	/** Header words (lower case) that name this field in files people already have. */
	public List<String> synonyms() {
		return synonyms;
	}

	/** The message key of the field's Thai/English label. */
	public String label() {
		return "opendata.field." + key;
	}

	public static Optional<BudgetField> ofKey(String key) {
		if (key == null) {
			return Optional.empty();
		}
		String wanted = key.strip().toLowerCase(Locale.ROOT);
		for (BudgetField field : values()) {
			if (field.key.equals(wanted)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
