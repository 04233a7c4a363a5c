package org.sujarit.nationalreport;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as an A4 PDF (OpenPDF), Sarabun embedded, Thai shaped (see {@link ThaiFonts}) and broken
 * between words (see {@link ThaiLineBreaks}). Pages are written as they fill; tables are handed to the
 * document every few rows (OpenPDF's "large table" mode), so memory holds a page or so, not the report.
 * Every page but the cover has the running header and its number (the cover uncounted), in Thai digits in
 * a Thai report.
 */
final class PdfSink implements DocumentSink {

	/** Rows kept before the table is handed to the document, which writes and drops the finished ones. */
	private static final int FLUSH_ROWS = 20;

	private static final Color HEADER_FILL = new Color(0xDD, 0xE6, 0xF0);

	private static final Color GROUP_FILL = new Color(0xF2, 0xF2, 0xF2);

	private final Document document;

	private final ReportText text;

	private final ThaiLineBreaks breaks = new ThaiLineBreaks();

	private final Font body;

	private final Font bold;

	private final Font cell;

	private final Font cellBold;

	private final Font small;

	private final BaseFont boldFace;

	PdfSink(OutputStream out, ReportText text, String runningHeader) {
		this.text = text;
		BaseFont regularFace = ThaiFonts.regular();
		this.boldFace = ThaiFonts.bold();
		this.body = new Font(regularFace, 13);
		this.bold = new Font(boldFace, 13);
		this.cell = new Font(regularFace, 10);
		this.cellBold = new Font(boldFace, 10);
		this.small = new Font(regularFace, 9, Font.NORMAL, Color.DARK_GRAY);
		this.document = new Document(PageSize.A4, 57, 57, 64, 57);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		writer.setPageEvent(new Decorations(runningHeader));
		document.addTitle(runningHeader);
		document.addCreator("Sujarit");
		document.open();
	}

	@Override
	public void cover(String title, List<String> lines) {
		Paragraph spacer = new Paragraph(" ", body);
		spacer.setSpacingBefore(180);
		add(spacer);
		Paragraph heading = paragraph(title, new Font(boldFace, 22), Element.ALIGN_CENTER);
		heading.setSpacingAfter(24);
		add(heading);
		for (String line : lines) {
			Paragraph p = paragraph(line, new Font(boldFace, 15), Element.ALIGN_CENTER);
			p.setSpacingAfter(8);
			add(p);
		}
		document.newPage();
	}

	@Override
	public void heading(int level, String heading) {
		float size = switch (level) {
			case 1 -> 18;
			case 2 -> 15;
			default -> 13;
		};
		Paragraph p = paragraph(heading, new Font(boldFace, size), Element.ALIGN_LEFT);
		p.setSpacingBefore(level == 1 ? 6 : 10);
		p.setSpacingAfter(6);
		p.setKeepTogether(true);
		add(p);
	}

	@Override
	public void paragraph(String content) {
		Paragraph p = paragraph(content, body, Element.ALIGN_LEFT);
		p.setFirstLineIndent(36);
		p.setSpacingAfter(6);
		add(p);
	}

	@Override
	public void image(byte[] png, int widthPx, int heightPx, String caption) {
		try {
			Image image = Image.getInstance(png);
			float width = document.right() - document.left();
			image.scaleToFit(width, width * heightPx / widthPx);
			image.setAlignment(Image.ALIGN_CENTER);
			add(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Paragraph p = paragraph(caption, small, Element.ALIGN_CENTER);
		p.setSpacingAfter(10);
		add(p);
	}

	@Override
	public void newPage(boolean landscape) {
		document.setPageSize(landscape ? PageSize.A4.rotate() : PageSize.A4);
		document.newPage();
	}

	@Override
	public Table table(String sheet, String title, List<String> headings, float[] relativeWidths, int groupColumns) {
		if (title != null) {
			Paragraph p = paragraph(title, bold, Element.ALIGN_LEFT);
			p.setSpacingAfter(9);
			p.setKeepTogether(true);
			add(p);
		}
		PdfPTable table = new PdfPTable(relativeWidths);
		table.setWidthPercentage(100);
		table.setComplete(false);
		table.setSplitLate(false);
		table.setSplitRows(true);
		table.setSpacingAfter(10);
		// a title's spacing-after alone leaves Sarabun's descenders touching the table's top border
		table.setSpacingBefore(title != null ? 8 : 0);
		for (String heading : headings) {
			table.addCell(cell(heading, cellBold, HEADER_FILL, 1));
		}
		table.setHeaderRows(1);
		return new PdfTable(table, headings.size(), new GroupedCells(groupColumns));
	}

	@Override
	public void finish() {
		document.close();
	}

	private Paragraph paragraph(String content, Font font, int alignment) {
		Paragraph p = new Paragraph(font.getSize() * 1.45f, chunk(content, font));
		p.setAlignment(alignment);
		return p;
	}

	private Chunk chunk(String content, Font font) {
		Chunk chunk = new Chunk(content == null ? "" : content, font);
		chunk.setSplitCharacter(breaks);
		return chunk;
	}

	private PdfPCell cell(String content, Font font, Color fill, int colspan) {
		PdfPCell cell = new PdfPCell(new Phrase(chunk(content, font)));
		cell.setLeading(0, 1.35f);
		cell.setPaddingTop(2);
		cell.setPaddingBottom(5);
		cell.setPaddingLeft(4);
		cell.setPaddingRight(4);
		cell.setColspan(colspan);
		if (fill != null) {
			cell.setBackgroundColor(fill);
		}
		return cell;
	}

	private void add(Element element) {
		document.add(element);
	}

	private final class PdfTable implements Table {

		private final PdfPTable table;

		private final int columns;

		private final GroupedCells grouping;

		private int pending;

		PdfTable(PdfPTable table, int columns, GroupedCells grouping) {
			this.table = table;
			this.columns = columns;
			this.grouping = grouping;
		}

		@Override
		public void group(String content) {
			table.addCell(cell(content, cellBold, GROUP_FILL, columns));
			grouping.reset();
			flushSometimes();
		}

		@Override
		public void row(List<?> cells) {
			for (Object value : grouping.print(cells)) {
				table.addCell(cell(text.cell(value), cell, null, 1));
			}
			flushSometimes();
		}

		@Override
		public void end() {
			table.setComplete(true);
			add(table);
		}

		private void flushSometimes() {
			if (++pending >= FLUSH_ROWS) {
				add(table);
				pending = 0;
			}
		}

	}

	/** The running header and the page number, on every page but the cover. */
	private final class Decorations extends PdfPageEventHelper {

		private final String header;

		Decorations(String header) {
			this.header = header;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document page) {
			int number = writer.getPageNumber();
			if (number == 1) {
				return;
			}
			Rectangle size = page.getPageSize();
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(chunk(header, small)),
					size.getRight() - page.rightMargin(), size.getTop() - 36, 0);
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(chunk(text.digits(Integer.toString(number - 1)), small)), (size.getLeft() + size.getRight()) / 2, 30, 0);
		}

	}

}
