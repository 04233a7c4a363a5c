package org.sujarit.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable budget template: a data sheet with the Thai labels over a row of the fields' short
 * English keys (which is how an upload is recognised as the template), drop-down lists of the code lists'
 * Thai names, an instructions sheet and a hidden sheet holding the lists.
 */
@Component
class TemplateWorkbook {

	static final String DATA_SHEET = "budget";

	static final int DATA_ROWS = 3000;

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** The Thai row-type flags offered in the {@code row_type} drop-down. */
	static final List<String> ROW_TYPES = List.of("รวมแผนงาน", "รวมงบ", "รวมทั้งสิ้น", "หัวข้อ");

	private final MessageSource messages;

	TemplateWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param laoCode prefilled in the instructions (may be null)
	 * @param laoName the LAO's name (may be null)
	 */
	byte[] write(List<CodeEntry> codes, String laoCode, String laoName, int fiscalYear) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet data = workbook.createSheet(DATA_SHEET);
			XSSFSheet help = workbook.createSheet(text("opendata.template.help-sheet"));
			XSSFSheet lists = workbook.createSheet("lists");

			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle label = workbook.createCellStyle();
			label.setFont(bold);
			label.setWrapText(true);
			CellStyle key = workbook.createCellStyle();
			key.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			key.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

			BudgetField[] fields = BudgetField.values();
			XSSFRow labels = data.createRow(0);
			XSSFRow keys = data.createRow(1);
			for (int c = 0; c < fields.length; c++) {
				labels.createCell(c).setCellValue(text(fields[c].label()));
				labels.getCell(c).setCellStyle(label);
				keys.createCell(c).setCellValue(fields[c].key());
				keys.getCell(c).setCellStyle(key);
				data.setColumnWidth(c, width(fields[c]));
				if (fields[c] == BudgetField.AMOUNT) {
					data.setDefaultColumnStyle(c, money);
				}
			}
			data.createFreezePane(0, 2);

			int listColumn = 0;
			DataValidationHelper helper = data.getDataValidationHelper();
			for (CodeList list : CodeList.values()) {
				List<String> names = codes.stream().filter(c -> c.list() == list && c.active()).map(CodeEntry::nameTh).toList();
				dropDown(workbook, lists, helper, data, listColumn++, list.name(), names, list.field());
			}
			dropDown(workbook, lists, helper, data, listColumn, "ROW_TYPE", ROW_TYPES, BudgetField.ROW_TYPE);
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

			int row = 0;
			help.setColumnWidth(0, 120 * 256);
			help.createRow(row++).createCell(0).setCellValue(text("opendata.template.help-title"));
			help.getRow(0).getCell(0).setCellStyle(label);
			if (laoCode != null) {
				help.createRow(row++).createCell(0).setCellValue(text("opendata.template.help-lao", laoName, laoCode));
			}
			help.createRow(row++).createCell(0).setCellValue(text("opendata.template.help-year", String.valueOf(fiscalYear)));
			for (int i = 1; i <= 8; i++) {
				help.createRow(row++).createCell(0).setCellValue(text("opendata.template.help." + i));
			}
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void dropDown(XSSFWorkbook workbook, XSSFSheet lists, DataValidationHelper helper, XSSFSheet data,
			int listColumn, String name, List<String> values, BudgetField field) {
		if (values.isEmpty()) {
			return;
		}
		for (int i = 0; i < values.size(); i++) {
			XSSFRow row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
			row.createCell(listColumn).setCellValue(values.get(i));
		}
		String column = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
		Name range = workbook.createName();
		range.setNameName("list_" + name.toLowerCase(Locale.ROOT));
		range.setRefersToFormula("lists!$" + column + "$1:$" + column + "$" + values.size());
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range.getNameName()),
				new CellRangeAddressList(2, DATA_ROWS, field.ordinal(), field.ordinal()));
		// a value outside the list is allowed (a warning), so names printed differently can be pasted and fixed
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		data.addValidationData(validation);
	}

	private static int width(BudgetField field) {
		return switch (field) {
			case ITEM -> 60 * 256;
			case PLAN, WORK, EXPENSE_TYPE -> 30 * 256;
			case BUDGET_GROUP, CATEGORY, SIDE, AMOUNT, ROW_TYPE -> 20 * 256;
			default -> 14 * 256;
		};
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, THAI);
	}

}
