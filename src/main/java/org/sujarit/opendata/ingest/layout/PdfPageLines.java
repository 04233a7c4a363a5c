package org.sujarit.opendata.ingest.layout;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * The printed lines of a text PDF, page by page, with where they start and their right-hand amount:
 * PDFBox's text extraction sorted by position, each line's words kept with their x positions, split into
 * columns at wide gaps. The rightmost column is the amount when it is a number in the right part of the
 * page (a "บาท" after it is ignored); the text's x position is its indentation. A page with (almost) no
 * text but an image is a scanned page.
 */
final class PdfPageLines {

	/** One page: its lines, and whether it looks scanned (an image and no text to speak of). */
	record Page(int number, List<LayoutLine> lines, boolean scanned, boolean blank) {
	}

	/** Fewer non-blank characters than this on a page with an image: scanned. */
	private static final int SCANNED_TEXT_LIMIT = 10;

	/** Points per character of indentation. */
	private static final float POINTS_PER_INDENT = 4f;

	/** Where the amount column may start, as a share of the page width. */
	private static final float AMOUNT_START = 0.55f;

	/** A gap wider than this many font sizes separates columns. */
	private static final float COLUMN_GAP = 1.2f;

	private static final Pattern BAHT = Pattern.compile("\\s*บาท\\s*$");

	private PdfPageLines() {
	}

	static List<Page> read(PDDocument document, int fromPage, int toPage) throws IOException {
		List<Page> pages = new ArrayList<>();
		for (int number = fromPage; number <= Math.min(toPage, document.getNumberOfPages()); number++) {
			PDPage page = document.getPage(number - 1);
			Stripper stripper = new Stripper();
			stripper.setSortByPosition(true);
			stripper.setStartPage(number);
			stripper.setEndPage(number);
			stripper.writeText(document, new StringWriter());
			float width = page.getCropBox().getWidth();
			List<LayoutLine> lines = new ArrayList<>();
			int characters = 0;
			for (List<Word> words : stripper.lines) {
				characters += words.stream().mapToInt(word -> word.text().replaceAll("\\s", "").length()).sum();
				LayoutLine line = line(columns(words), width, number, lines.size() + 1);
				if (line != null) {
					lines.add(line);
				}
			}
			boolean images = hasImages(page.getResources(), 0);
			pages.add(new Page(number, lines, images && characters < SCANNED_TEXT_LIMIT, !images && characters == 0));
		}
		return pages;
	}

	private record Word(String text, float start, float end, float size) {
	}

	/** Words close together joined into columns. */
	private static List<Word> columns(List<Word> words) {
		List<Word> columns = new ArrayList<>();
		for (Word word : words) {
			Word last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
			if (last != null && word.start() - last.end() < COLUMN_GAP * Math.max(last.size(), word.size())) {
				String glue = word.start() - last.end() > 0.15f * word.size() ? " " : "";
				columns.set(columns.size() - 1,
						new Word(last.text() + glue + word.text(), last.start(), word.end(), last.size()));
			}
			else {
				columns.add(word);
			}
		}
		return columns;
	}

	private static LayoutLine line(List<Word> columns, float pageWidth, int page, int row) {
		List<Word> cells = new ArrayList<>(columns);
		cells.removeIf(cell -> cell.text().isBlank());
		if (cells.isEmpty()) {
			return null;
		}
		int last = cells.size() - 1;
		if (last > 0 && "บาท".equals(cells.get(last).text().strip())) {
			cells.remove(last--);
		}
		Word right = cells.get(last);
		String amount = null;
		String number = BAHT.matcher(ThaiTextNormalizer.normalize(right.text())).replaceFirst("").strip();
		if (last > 0 && right.start() > pageWidth * AMOUNT_START && ThaiNumberParser.parse(number).isPresent()) {
			amount = number;
			cells.remove(last);
		}
		StringBuilder text = new StringBuilder();
		for (Word cell : cells) {
			text.append(text.isEmpty() ? "" : " ").append(cell.text().strip());
		}
		int indent = Math.round(cells.get(0).start() / POINTS_PER_INDENT);
		return new LayoutLine(text.toString(), indent, amount, null, row, page);
	}

	private static boolean hasImages(PDResources resources, int depth) throws IOException {
		if (resources == null || depth > 3) {
			return false;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject) {
				return true;
			}
			if (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
				return true;
			}
		}
		return false;
	}

	/** Keeps each line's words with their positions instead of writing text out. */
	private static final class Stripper extends PDFTextStripper {

		private final List<List<Word>> lines = new ArrayList<>();

		private List<Word> current = new ArrayList<>();

		private TextPosition lastLetter;

		/**
		 * Keeps each Thai mark with the letter it follows in the content stream. Marks have no advance and
		 * start where the next letter starts, so PDFBox would otherwise merge them into the next letter
		 * ("ปี" read as "ปงี").
		 */
		@Override
		protected void processTextPosition(TextPosition text) {
			if (lastLetter != null && isThaiMark(text.getUnicode()) && nextTo(lastLetter, text)) {
				lastLetter.mergeDiacritic(text);
				return;
			}
			super.processTextPosition(text);
			if (!isThaiMark(text.getUnicode())) {
				lastLetter = text;
			}
		}

		private static boolean isThaiMark(String unicode) {
			if (unicode == null || unicode.length() != 1) {
				return false;
			}
			char c = unicode.charAt(0);
			return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E3A' || c >= '\u0E47' && c <= '\u0E4E';
		}

		private static boolean nextTo(TextPosition letter, TextPosition mark) {
			float letterEnd = letter.getXDirAdj() + letter.getWidthDirAdj();
			return Math.abs(letter.getYDirAdj() - mark.getYDirAdj()) <= Math.max(1f, letter.getHeightDir())
					&& mark.getXDirAdj() >= letter.getXDirAdj() - 1f && mark.getXDirAdj() <= letterEnd + 1f;
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			if (positions.isEmpty()) {
				return;
			}
			TextPosition first = positions.get(0);
			float start = Float.MAX_VALUE;
			float end = 0;
			for (TextPosition position : positions) {
				start = Math.min(start, position.getXDirAdj());
				end = Math.max(end, position.getXDirAdj() + position.getWidthDirAdj());
			}
			current.add(new Word(text, start, end, Math.max(1f, first.getFontSizeInPt())));
		}

		@Override
		protected void writeWordSeparator() {
			// columns are decided from the words' positions
		}

		@Override
		protected void writeLineSeparator() {
			if (!current.isEmpty()) {
				current.sort((a, b) -> Float.compare(a.start(), b.start()));
				lines.add(current);
				current = new ArrayList<>();
			}
		}

		@Override
		protected void writePageEnd() throws IOException {
			lastLetter = null;
			writeLineSeparator();
			super.writePageEnd();
		}

	}

}
