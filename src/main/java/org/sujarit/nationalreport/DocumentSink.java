package org.sujarit.nationalreport;

import java.io.IOException;
import java.util.List;

/**
 * Where the composed report goes, in reading order: one implementation per format. Content is handed over
 * piece by piece and written as it comes (nothing but the current table row is kept), so that a report of
 * any length streams.
 */
interface DocumentSink {

	/** The title page. */
	void cover(String title, List<String> lines);

	void heading(int level, String text);

	void paragraph(String text);

	/** A chart, drawn at {@code widthPx} × {@code heightPx}, shown at the text width. */
	void image(byte[] png, int widthPx, int heightPx, String caption);

	/** Starts a new page, in landscape or portrait from there on. */
	void newPage(boolean landscape);

	/**
	 * Starts a table. Its first {@code groupColumns} columns group the rows (source, item, activity...): a
	 * printed report shows a group's value on its first row only, a spreadsheet repeats it on every row for
	 * filtering. Consecutive tables with the same {@code sheet} share a worksheet in a spreadsheet.
	 */
	Table table(String sheet, String title, List<String> headings, float[] relativeWidths, int groupColumns);

	/** Ends the document and writes what remains. */
	void finish() throws IOException;

	interface Table {

		/** A row across all columns naming the group the rows below belong to. */
		void group(String text);

		/** A row of cells: text, or numbers the sink formats (or keeps as numbers in a spreadsheet). */
		void row(List<?> cells);

		void end();

	}

}
