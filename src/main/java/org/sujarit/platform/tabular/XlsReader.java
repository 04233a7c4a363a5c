package org.sujarit.platform.tabular;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads a legacy Excel 97–2003 workbook (BIFF8 in an OLE2 file) with POI's HSSF, which holds the whole
 * workbook in memory; .xls files are capped at 65,536 rows a sheet, so that stays bounded.
 */
final class XlsReader {

	private final RowSink sink;

	XlsReader(RowSink sink) {
		this.sink = sink;
	}

	void read(DirectoryNode root) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
			boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
			for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
				HSSFSheet sheet = workbook.getSheetAt(index);
				sink.sheet(sheet.getSheetName(), workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index));
				MergedCells merged = new MergedCells(sheet.getMergedRegions());
				for (org.apache.poi.ss.usermodel.Row row : sheet) {
					List<String> cells = cells((HSSFRow) row, date1904);
					merged.blankCovered(row.getRowNum(), cells);
					sink.row(row.getRowNum() + 1, cells);
				}
			}
		}
	}

	private List<String> cells(HSSFRow row, boolean date1904) {
		List<String> cells = new ArrayList<>();
		for (org.apache.poi.ss.usermodel.Cell cell : row) {
			String value = value((HSSFCell) cell, date1904);
			if (value.isEmpty()) {
				continue;
			}
			int column = cell.getColumnIndex();
			sink.checkColumn(row.getRowNum() + 1, column);
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value);
		}
		return cells;
	}

	private static String value(HSSFCell cell, boolean date1904) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				CellStyle style = cell.getCellStyle();
				boolean date = style != null
						&& CellValues.isDateFormat(style.getDataFormat(), style.getDataFormatString());
				yield date ? CellValues.date(cell.getNumericCellValue(), date1904)
						: CellValues.number(cell.getNumericCellValue());
			}
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

}
