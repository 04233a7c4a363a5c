package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.web.DomainException;

/** Rows handed to another thread arrive all, in order, sheets between them; a failure comes back unchanged. */
class RowPipelineUnitTests {

	@Test
	void everyRowAndSheetArrivesInOrder() {
		List<String> seen = new ArrayList<>();
		RowHandler handler = new RowHandler() {
			@Override
			public void sheet(String name, boolean hidden) {
				seen.add("sheet " + name + (hidden ? " hidden" : ""));
			}

			@Override
			public void row(Row row) {
				seen.add(row.number() + ":" + row.cell(0));
			}
		};
		List<String> expected = new ArrayList<>();
		try (RowPipeline pipeline = RowPipeline.start(handler)) {
			pipeline.sheet("งบ", false);
			expected.add("sheet งบ");
			for (int i = 1; i <= 5_000; i++) {
				pipeline.row(new Row(i, List.of("บรรทัด " + i)));
				expected.add(i + ":บรรทัด " + i);
				if (i == 2_000) {
					pipeline.sheet("ซ่อน", true);
					expected.add("sheet ซ่อน hidden");
				}
			}
			pipeline.finish();
		}
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void theHandlersFailureStopsTheReadingAndReachesTheCallerUnchanged() {
		DomainException refused = DomainException.invalid("platform.tabular.too-many-rows", 10);
		int[] handled = { 0 };
		RowHandler handler = row -> {
			if (row.number() == 700) {
				throw refused;
			}
			handled[0]++;
		};
		int[] sent = { 0 };
		assertThatThrownBy(() -> {
			try (RowPipeline pipeline = RowPipeline.start(handler)) {
				for (int i = 1; i <= 1_000_000; i++) {
					pipeline.row(new Row(i, List.of("x")));
					sent[0]++;
				}
				pipeline.finish();
			}
		}).isSameAs(refused);
		assertThat(handled[0]).isEqualTo(699);
		// the reading stopped soon after, not at the end of the file
		assertThat(sent[0]).isLessThan(100_000);
	}

	@Test
	void aFormatRefusalStopsTheReadingBeforeAnyRow() {
		RowHandler handler = new RowHandler() {
			@Override
			public void format(TabularFormat format) {
				throw DomainException.invalid("opendata.validate.not-csv");
			}

			@Override
			public void row(Row row) {
			}
		};
		try (RowPipeline pipeline = RowPipeline.start(handler)) {
			assertThatThrownBy(() -> pipeline.format(TabularFormat.XLSX)).isInstanceOf(DomainException.class);
		}
	}

}
