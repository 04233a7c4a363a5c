package org.sujarit.directory.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sujarit.directory.AgencyType;

/**
 * Empty import files with the expected columns: CSV (UTF-8 with a byte-order mark, so Excel shows Thai)
 * and XLSX (codes formatted as text so leading zeros survive, with a second sheet explaining the columns
 * and listing the agency types).
 */
@Component
public class ImportTemplates {

	private final MessageSource messages;

	ImportTemplates(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] csv() {
		return ("\uFEFF" + String.join(",", ImportColumn.headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	public byte[] xlsx(Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setDataFormat(text.getDataFormat());

			XSSFSheet agencies = workbook.createSheet("agencies");
			Row header = agencies.createRow(0);
			ImportColumn[] columns = ImportColumn.values();
			for (int i = 0; i < columns.length; i++) {
				var cell = header.createCell(i);
				cell.setCellValue(columns[i].header());
				cell.setCellStyle(bold);
				agencies.setDefaultColumnStyle(i, text);
				agencies.setColumnWidth(i, (columns[i] == ImportColumn.NAME_TH || columns[i] == ImportColumn.NAME_EN ? 40 : 16) * 256);
			}
			agencies.createFreezePane(0, 1);

			XSSFSheet help = workbook.createSheet(message("directory.import.template.help-sheet", locale));
			int r = 0;
			Row title = help.createRow(r++);
			title.createCell(0).setCellValue(message("directory.import.template.column", locale));
			title.createCell(1).setCellValue(message("directory.import.template.meaning", locale));
			title.getCell(0).setCellStyle(bold);
			title.getCell(1).setCellStyle(bold);
			for (ImportColumn column : columns) {
				Row row = help.createRow(r++);
				row.createCell(0).setCellValue(column.header());
				row.createCell(1).setCellValue(message("directory.import.column." + column.header(), locale));
			}
			r++;
			Row types = help.createRow(r++);
			types.createCell(0).setCellValue(message("directory.import.template.types", locale));
			types.getCell(0).setCellStyle(bold);
			for (AgencyType type : AgencyType.values()) {
				Row row = help.createRow(r++);
				row.createCell(0).setCellValue(type.name());
				row.createCell(1).setCellValue(message("directory.agency-type." + type.name(), locale));
			}
			help.setColumnWidth(0, 26 * 256);
			help.setColumnWidth(1, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
