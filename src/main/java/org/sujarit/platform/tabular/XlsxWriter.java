package org.sujarit.platform.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX counterpart of {@link CsvWriter}: one sheet written row by row and streamed (a window of rows in
 * memory, the rest in a temporary file deleted on close). A heading row is bold and stays in view; numbers
 * are written as numbers, everything else as text (never as a formula), cut at Excel's cell limit.
 */
public final class XlsxWriter implements AutoCloseable {

	/** Excel refuses cells longer than this. */
	private static final int CELL_LIMIT = 32_767;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final SXSSFSheet sheet;

	private final CellStyle heading;

	private int next;

	public XlsxWriter(OutputStream out, String sheetName) {
		this.out = out;
		this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		this.sheet.setDefaultColumnWidth(20);
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.heading = workbook.createCellStyle();
		this.heading.setFont(bold);
	}

	/** A bold row that stays in view when the sheet scrolls. */
	public XlsxWriter heading(List<?> cells) {
		SXSSFRow row = write(cells);
		row.forEach(cell -> cell.setCellStyle(heading));
		sheet.createFreezePane(0, next);
		return this;
	}

	public XlsxWriter row(List<?> cells) {
		write(cells);
		return this;
	}

	private SXSSFRow write(List<?> cells) {
		SXSSFRow row = sheet.createRow(next++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean flag) {
				cell.setCellValue(flag);
			}
			else {
				String text = value.toString();
				cell.setCellValue(text.length() > CELL_LIMIT ? text.substring(0, CELL_LIMIT - 1) + "…" : text);
			}
		}
		return row;
	}

	/** Writes the workbook to the stream (left open: its owner closes it) and deletes the temporary file. */
	@Override
	public void close() {
		try {
			workbook.write(out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ex) {
				// the workbook was written or the write already failed; nothing more to report
			}
		}
	}

}
