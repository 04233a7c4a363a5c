package org.sujarit.opendata.ingest.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sujarit.opendata.ingest.BudgetFileParser;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;

/**
 * Reads a text PDF of the printed hierarchical budget layout (e-LAAS's "รายละเอียดประมาณการรายจ่าย..."
 * printed to PDF): PDFBox extracts each page's lines with their positions ({@link PdfPageLines}) and
 * {@link LayoutRecogniser} reads the hierarchy, as for spreadsheets. Nothing is guessed from pictures: a
 * PDF whose pages are scanned images is reported as needing OCR ({@code opendata.parse.scanned-pdf}),
 * scanned pages among text pages are named ({@code opendata.parse.scanned-pages}), and password-protected
 * or damaged PDFs are reported as such. Recognised by content: a PDF whose first pages carry the layout's
 * wording, or that cannot be read as text at all (so the upload gets the reason rather than "unknown
 * layout").
 */
@Component
@Order(300)
public class PdfBudgetParser implements BudgetFileParser {

	static final String LAYOUT = "PDF_TEXT";

	/** Pages looked at to recognise the layout. */
	private static final int SNIFF_PAGES = 2;

	/** Readers accept the header anywhere in the first kilobyte. */
	private static final int HEADER_WINDOW = 1024;

	@Override
	public boolean recognises(Path file, String mediaType) throws IOException {
		if (mediaType == null || !mediaType.toLowerCase(Locale.ROOT).contains("pdf") || !startsAsPdf(file)) {
			return false;
		}
		try (PDDocument document = load(file)) {
			List<PdfPageLines.Page> pages = PdfPageLines.read(document, 1, SNIFF_PAGES);
			if (pages.stream().allMatch(page -> page.scanned() || page.blank())) {
				return pages.stream().anyMatch(PdfPageLines.Page::scanned);
			}
			return LayoutRecogniser.looksHierarchical(
					pages.stream().flatMap(page -> page.lines().stream()).map(PdfBudgetParser::printed).toList());
		}
		catch (IOException | RuntimeException ex) {
			// password-protected or damaged: parse() says which
			return true;
		}
	}

	@Override
	public ParsedFile parse(Path file, String originalName) throws IOException {
		List<PdfPageLines.Page> pages;
		try (PDDocument document = load(file)) {
			pages = PdfPageLines.read(document, 1, document.getNumberOfPages());
		}
		catch (InvalidPasswordException ex) {
			return failed("opendata.parse.encrypted-pdf");
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox meets broken files with runtime exceptions too (bad numbers, missing objects)
			return failed("opendata.parse.corrupt-pdf");
		}
		List<PdfPageLines.Page> scanned = pages.stream().filter(PdfPageLines.Page::scanned).toList();
		boolean anyText = pages.stream().anyMatch(page -> !page.scanned() && !page.blank());
		if (!scanned.isEmpty() && !anyText) {
			return failed("opendata.parse.scanned-pdf");
		}
		List<ParseProblem> problems = new ArrayList<>();
		if (!scanned.isEmpty()) {
			String numbers = scanned.stream().map(page -> String.valueOf(page.number())).collect(Collectors.joining(", "));
			problems.add(new ParseProblem("opendata.parse.scanned-pages", List.of(numbers), null, null,
					scanned.get(0).number()));
		}
		List<LayoutLine> lines = pages.stream().flatMap(page -> page.lines().stream()).toList();
		return LayoutFiles.parsed(LAYOUT, lines, problems);
	}

	private static PDDocument load(Path file) throws IOException {
		return Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
	}

	private static boolean startsAsPdf(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(HEADER_WINDOW), StandardCharsets.ISO_8859_1).contains("%PDF-");
		}
	}

	private static String printed(LayoutLine line) {
		return line.amount() == null ? line.text() : line.text() + " " + line.amount();
	}

	private static ParsedFile failed(String code) {
		return new ParsedFile(LAYOUT, List.of(), List.of(new ParseProblem(code, List.of(), null, null, null)));
	}

}
