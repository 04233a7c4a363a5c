package org.sujarit.nationalreport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report's tables as a workbook (SXSSF: a window of rows in memory, the rest spilled to a temporary
 * file): the cover on its own sheet, then a sheet per kind of table, one after another on the sheet they
 * share. Grouping values are repeated on every row and numbers stay numbers, so the sheets can be filtered
 * and summed. Paragraphs and charts belong to the printed report and are left out.
 */
final class XlsxSink implements DocumentSink {

	/** Excel refuses longer cells. */
	private static final int CELL_LIMIT = 32_767;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle wrap;

	private final CellStyle header;

	private final CellStyle group;

	private final CellStyle title;

	/** The next free row of each sheet. */
	private final java.util.Map<String, Integer> nextRows = new java.util.HashMap<>();

	XlsxSink(OutputStream out) {
		this.out = out;
		workbook.setCompressTempFiles(false);
		Font font = font(false, 14);
		Font bold = font(true, 14);
		wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
		wrap.setFont(font);
		header = workbook.createCellStyle();
		header.cloneStyleFrom(wrap);
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		group = workbook.createCellStyle();
		group.cloneStyleFrom(wrap);
		group.setFont(bold);
		group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		title = workbook.createCellStyle();
		title.setFont(font(true, 16));
	}

	@Override
	public void cover(String heading, List<String> lines) {
		Sheet cover = workbook.createSheet("cover");
		cover.setColumnWidth(0, 120 * 256);
		cover.createRow(0).createCell(0).setCellValue(heading);
		cover.getRow(0).getCell(0).setCellStyle(title);
		for (int i = 0; i < lines.size(); i++) {
			cover.createRow(i + 1).createCell(0).setCellValue(lines.get(i));
		}
	}

	@Override
	public void heading(int level, String text) {
		// headings name the tables that follow them; a workbook shows only the tables
	}

	@Override
	public void paragraph(String text) {
		// narrative text belongs to the printed report
	}

	@Override
	public void image(byte[] png, int widthPx, int heightPx, String caption) {
		// charts belong to the printed report; their data is in the tables
	}

	@Override
	public void newPage(boolean landscape) {
		// no pages in a workbook
	}

	@Override
	public Table table(String sheetName, String tableTitle, List<String> headings, float[] relativeWidths,
			int groupColumns) {
		String name = WorkbookUtil.createSafeSheetName(sheetName);
		Sheet sheet = workbook.getSheet(name);
		if (sheet == null) {
			sheet = workbook.createSheet(name);
			float total = 0;
			for (float width : relativeWidths) {
				total += width;
			}
			for (int i = 0; i < relativeWidths.length; i++) {
				sheet.setColumnWidth(i, Math.min(255, Math.max(8, Math.round(200 * relativeWidths[i] / total))) * 256);
			}
		}
		else {
			// a further table of the same kind continues the sheet under the same header, its title as a
			// separator row, so the whole sheet filters as one
			XlsxTable table = new XlsxTable(sheet, headings.size());
			if (tableTitle != null) {
				table.group(tableTitle);
			}
			return table;
		}
		XlsxTable table = new XlsxTable(sheet, headings.size());
		if (tableTitle != null) {
			Cell cell = table.newRow().createCell(0);
			cell.setCellValue(tableTitle);
			cell.setCellStyle(title);
		}
		Row head = table.newRow();
		for (int i = 0; i < headings.size(); i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(header);
		}
		return table;
	}

	private final class XlsxTable implements Table {

		private final Sheet sheet;

		private final int columns;

		XlsxTable(Sheet sheet, int columns) {
			this.sheet = sheet;
			this.columns = columns;
		}

		Row newRow() {
			int next = nextRows.merge(sheet.getSheetName(), 1, Integer::sum) - 1;
			return sheet.createRow(next);
		}

		@Override
		public void group(String text) {
			Row row = newRow();
			for (int i = 0; i < columns; i++) {
				row.createCell(i).setCellStyle(group);
			}
			row.getCell(0).setCellValue(clip(text));
		}

		@Override
		public void row(List<?> cells) {
			Row row = newRow();
			for (int i = 0; i < cells.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellStyle(wrap);
				Object value = cells.get(i);
				if (value instanceof BigDecimal decimal) {
					cell.setCellValue(decimal.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.longValue());
				}
				else if (value != null) {
					cell.setCellValue(clip(value.toString()));
				}
			}
		}

		@Override
		public void end() {
			// rows are written as they come
		}

	}

	@Override
	public void finish() throws IOException {
		try {
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private Font font(boolean bold, int points) {
		Font font = workbook.createFont();
		font.setFontName("TH Sarabun New");
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private static String clip(String value) {
		return value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT - 1) + "…" : value;
	}

}
