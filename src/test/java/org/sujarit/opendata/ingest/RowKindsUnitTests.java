package org.sujarit.opendata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/** Total rows told from budget lines by their flag or their "รวม..." item. */
class RowKindsUnitTests {

	@Test
	void flagsWin() {
		assertThat(RowKinds.of("PLAN_TOTAL", "anything", "", "")).isEqualTo(LineKind.PLAN_TOTAL);
		assertThat(RowKinds.of("รวมงบ", "", "แผนงานการศึกษา", "งบลงทุน")).isEqualTo(LineKind.GROUP_TOTAL);
		assertThat(RowKinds.of(" รวมทั้งสิ้น ", "", "", "")).isEqualTo(LineKind.GRAND_TOTAL);
		assertThat(RowKinds.of("หัวข้อ", "งานบริหารทั่วไป", "", "")).isEqualTo(LineKind.HEADING);
	}

	@Test
	void itemsStartingWithRuamAreTotals() {
		assertThat(RowKinds.of(null, "รวมทั้งสิ้น", null, null)).isEqualTo(LineKind.GRAND_TOTAL);
		assertThat(RowKinds.of("", "รวมแผนงานการศึกษา", "", "")).isEqualTo(LineKind.PLAN_TOTAL);
		assertThat(RowKinds.of("", "รวม งบบุคลากร", "", "")).isEqualTo(LineKind.GROUP_TOTAL);
		assertThat(RowKinds.of("", "รวม", "แผนงานการศึกษา", "งบลงทุน")).isEqualTo(LineKind.GROUP_TOTAL);
		assertThat(RowKinds.of("", "รวม", "แผนงานการศึกษา", "")).isEqualTo(LineKind.PLAN_TOTAL);
		assertThat(RowKinds.of("x", "ยอด", "", "")).isEqualTo(LineKind.GRAND_TOTAL);
		assertThat(RowKinds.of("", "จัดซื้อวัสดุสำนักงาน", "แผนงานการศึกษา", "งบดำเนินงาน")).isEqualTo(LineKind.LINE);
		assertThat(RowKinds.of("line", "จัดซื้อวัสดุ", "", "")).isEqualTo(LineKind.LINE);
	}

}
