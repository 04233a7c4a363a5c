package org.sujarit.opendata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.opendata.BudgetField;

/** Column suggestions for officers' own tables: remembered headers first, then names like the field's. */
class MappedTablesUnitTests {

	@Test
	void thaiAndEnglishHeadersAreMatchedToTheirFields() {
		List<String> headers = List.of("ลำดับ", "แผนงาน", "งาน", "งบ", "หมวด", "รายการ", "ปีงบประมาณ", "จำนวนเงิน (บาท)");
		Map<BudgetField, Integer> suggested = MappedTables.suggest(headers, Map.of());
		assertThat(suggested).containsEntry(BudgetField.PLAN, 1)
			.containsEntry(BudgetField.WORK, 2)
			.containsEntry(BudgetField.BUDGET_GROUP, 3)
			.containsEntry(BudgetField.CATEGORY, 4)
			.containsEntry(BudgetField.ITEM, 5)
			.containsEntry(BudgetField.FISCAL_YEAR, 6)
			.containsEntry(BudgetField.AMOUNT, 7)
			.doesNotContainValue(0);
		assertThat(MappedTables.suggest(List.of("Program", "Budget Group", "Description", "Amount"), Map.of()))
			.containsEntry(BudgetField.PLAN, 0)
			.containsEntry(BudgetField.BUDGET_GROUP, 1)
			.containsEntry(BudgetField.ITEM, 2)
			.containsEntry(BudgetField.AMOUNT, 3);
	}

	@Test
	void aRememberedMappingWinsOverLookalikes() {
		List<String> headers = List.of("งบประมาณ", "ยอดที่ตั้งไว้", "ชื่อโครงการ");
		Map<BudgetField, Integer> suggested = MappedTables.suggest(headers,
				Map.of(BudgetField.AMOUNT, "ยอดที่ตั้งไว้", BudgetField.ITEM, "ชื่อโครงการ"));
		assertThat(suggested).containsEntry(BudgetField.AMOUNT, 1).containsEntry(BudgetField.ITEM, 2);
		assertThat(suggested.get(BudgetField.PLAN)).isNull();
	}

}
