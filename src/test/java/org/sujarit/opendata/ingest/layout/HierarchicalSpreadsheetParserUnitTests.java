package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.TabularProperties;
import org.sujarit.platform.tabular.TabularReader;

/** The printed budget layout read from a spreadsheet through the platform's TabularReader. */
class HierarchicalSpreadsheetParserUnitTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	final HierarchicalSpreadsheetParser parser = new HierarchicalSpreadsheetParser(
			new TabularReader(TabularProperties.defaults()));

	@TempDir
	Path directory;

	@Test
	void readsTheHierarchyAmountsAndPrintedTotalsOfTheWorkbook() throws IOException {
		BudgetLayoutFixtures.assertReadsTheBudget(parser.parse(BudgetLayoutFixtures.xlsx(directory), "budget-2569.xlsx"),
				HierarchicalSpreadsheetParser.LAYOUT);
	}

	@Test
	void keepsTheSheetAndRowEachLineWasPrintedOn() throws IOException {
		ParsedFile parsed = parser.parse(BudgetLayoutFixtures.xlsx(directory), "budget-2569.xlsx");

		assertThat(parsed.lines()).filteredOn(line -> line.kind() != LineKind.HEADING)
			.extracting(SourceLine::sheet, SourceLine::row, SourceLine::page, SourceLine::text)
			.startsWith(tuple(BudgetLayoutFixtures.SHEET, 7, null, "งบบุคลากร รวม 556200"),
					tuple(BudgetLayoutFixtures.SHEET, 9, null, "เงินเดือนนายก/รองนายก จำนวน 514080"),
					tuple(BudgetLayoutFixtures.SHEET, 11, null, "เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก จำนวน ๔๒,๑๒๐"));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.GRAND_TOTAL)
			.extracting(SourceLine::row)
			.containsExactly(BudgetLayoutFixtures.BUDGET.size());
		// the description merged over the amount columns keeps no stale amount
		assertThat(parsed.lines()).extracting(SourceLine::row).doesNotContain(10);
	}

	@Test
	void recognisesTheLayoutByContentOnly() throws IOException {
		Path workbook = BudgetLayoutFixtures.xlsx(directory);
		Path template = Files.writeString(directory.resolve("template.csv"),
				"plan,work,budget_group,category,item,amount\nแผนงานการศึกษา,งานระดับก่อนวัยเรียน,งบลงทุน,ค่าครุภัณฑ์,โต๊ะ,5000\n");

		assertThat(parser.recognises(workbook, XLSX)).isTrue();
		assertThat(parser.recognises(workbook, "application/pdf")).isFalse();
		assertThat(parser.recognises(template, "text/csv")).isFalse();
		assertThat(parser.recognises(Files.write(directory.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1 }),
				XLSX)).isFalse();
	}

	@Test
	void aFileTheTableReaderRefusesBecomesAProblem() throws IOException {
		ParsedFile parsed = parser.parse(Files.write(directory.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1 }),
				"broken.xlsx");

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.problems()).extracting(ParsedFile.ParseProblem::code).singleElement().asString()
			.startsWith("platform.tabular.");
	}

	@Test
	void aSpreadsheetWithoutBudgetLinesSaysSo() throws IOException {
		Path csv = Files.writeString(directory.resolve("headings.csv"), "แผนงานการศึกษา\nงบลงทุน\n");

		ParsedFile parsed = parser.parse(csv, "headings.csv");

		assertThat(parsed.problems()).extracting(ParsedFile.ParseProblem::code)
			.containsExactly("opendata.parse.layout.no-lines");
	}

}
