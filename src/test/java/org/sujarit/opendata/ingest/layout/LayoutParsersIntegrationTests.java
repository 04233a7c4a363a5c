package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.sujarit.IntegrationTest;
import org.sujarit.opendata.ingest.BudgetFileParser;
import org.sujarit.opendata.ingest.ParsedFile;

/**
 * The layout parsers are beans the ingest service finds among all BudgetFileParsers, the spreadsheet one
 * before the PDF one, each recognising only its own files; their problems have Thai and English messages.
 */
@IntegrationTest
class LayoutParsersIntegrationTests {

	@Autowired
	List<BudgetFileParser> parsers;

	@Autowired
	MessageSource messages;

	@TempDir
	Path directory;

	@Test
	void theParsersAreBeansInTheirOrder() throws IOException {
		List<BudgetFileParser> ordered = new ArrayList<>(parsers);
		AnnotationAwareOrderComparator.sort(ordered);
		List<Class<?>> layoutParsers = ordered.stream()
			.<Class<?>>map(BudgetFileParser::getClass)
			.filter(type -> type.getPackageName().equals(LayoutLine.class.getPackageName()))
			.toList();
		assertThat(layoutParsers).containsExactly(HierarchicalSpreadsheetParser.class, PdfBudgetParser.class);

		Path xlsx = BudgetLayoutFixtures.xlsx(directory);
		Path pdf = BudgetLayoutFixtures.pdf(directory);
		assertThat(ordered.stream().filter(parser -> recognises(parser, xlsx, HierarchicalSpreadsheetParserUnitTests.XLSX)))
			.first()
			.isInstanceOf(HierarchicalSpreadsheetParser.class);
		assertThat(ordered.stream().filter(parser -> recognises(parser, pdf, "application/pdf")))
			.first()
			.isInstanceOf(PdfBudgetParser.class);
	}

	@Test
	void aScannedPdfSaysItNeedsOcrInThaiAndEnglish() throws IOException {
		ParsedFile parsed = parsers.stream()
			.filter(PdfBudgetParser.class::isInstance)
			.findFirst()
			.orElseThrow()
			.parse(BudgetLayoutFixtures.scannedPdf(directory), "scanned.pdf");

		String code = parsed.problems().get(0).code();
		assertThat(messages.getMessage(code, null, Locale.forLanguageTag("th"))).contains("OCR");
		assertThat(messages.getMessage(code, null, Locale.ENGLISH)).contains("needs OCR");
	}

	private static boolean recognises(BudgetFileParser parser, Path file, String mediaType) {
		try {
			return parser.recognises(file, mediaType);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
