package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/** The printed budget layout read from text PDFs; scanned, locked and damaged PDFs reported, not guessed. */
class PdfBudgetParserUnitTests {

	final PdfBudgetParser parser = new PdfBudgetParser();

	@TempDir
	Path directory;

	@Test
	void readsTheSameBudgetFromATextPdf() throws IOException {
		BudgetLayoutFixtures.assertReadsTheBudget(parser.parse(BudgetLayoutFixtures.pdf(directory), "budget-2569.pdf"),
				PdfBudgetParser.LAYOUT);
	}

	@Test
	void keepsThePageAndLineEachLineWasPrintedOn() throws IOException {
		ParsedFile parsed = parser.parse(BudgetLayoutFixtures.pdf(directory), "budget-2569.pdf");

		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::page, SourceLine::row, SourceLine::sheet)
			.containsExactly(tuple(1, 9, null), tuple(1, 11, null), tuple(1, 14, null), tuple(1, 17, null),
					tuple(1, 19, null), tuple(2, 7, null));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE)
			.first()
			.extracting(SourceLine::text)
			.isEqualTo("เงินเดือนนายก/รองนายก จำนวน 514,080");
	}

	@Test
	void anImageOnlyPdfNeedsOcrAndIsNotGuessed() throws IOException {
		Path scanned = BudgetLayoutFixtures.scannedPdf(directory);

		assertThat(parser.recognises(scanned, "application/pdf")).isTrue();
		ParsedFile parsed = parser.parse(scanned, "scanned.pdf");

		assertThat(parsed.lines()).isEmpty();
		assertThat(parsed.problems()).extracting(ParseProblem::code).containsExactly("opendata.parse.scanned-pdf");
	}

	@Test
	void scannedPagesAmongTextPagesAreNamed() throws IOException {
		ParsedFile parsed = parser.parse(BudgetLayoutFixtures.pdfWithScannedPage(directory), "mixed.pdf");

		assertThat(parsed.problems()).extracting(ParseProblem::code, ParseProblem::arguments, ParseProblem::page)
			.containsExactly(tuple("opendata.parse.scanned-pages", java.util.List.of("3"), 3));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE).hasSize(6);
	}

	@Test
	void passwordProtectedAndDamagedPdfsAreReported() throws IOException {
		Path locked = BudgetLayoutFixtures.encryptedPdf(directory);
		Path damaged = Files.writeString(directory.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog\n");

		assertThat(parser.recognises(locked, "application/pdf")).isTrue();
		assertThat(parser.parse(locked, "locked.pdf").problems()).extracting(ParseProblem::code)
			.containsExactly("opendata.parse.encrypted-pdf");
		assertThat(parser.parse(damaged, "damaged.pdf").problems()).extracting(ParseProblem::code)
			.containsExactly("opendata.parse.corrupt-pdf");
	}

	@Test
	void recognisesOnlyPdfsOfTheLayout() throws IOException {
		Path budget = BudgetLayoutFixtures.pdf(directory);

		assertThat(parser.recognises(budget, "application/pdf")).isTrue();
		assertThat(parser.recognises(budget, "text/csv")).isFalse();
		assertThat(parser.recognises(Files.writeString(directory.resolve("note.txt"), "แผนงานการศึกษา งบลงทุน"),
				"application/pdf")).isFalse();
	}

}
