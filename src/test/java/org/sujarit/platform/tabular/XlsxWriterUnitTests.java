package org.sujarit.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The XLSX writer: a bold heading kept in view, numbers as numbers, text as text (a formula-looking text
 * stays text), empty cells for nulls, over-long text cut at Excel's limit, Thai intact.
 */
class XlsxWriterUnitTests {

	@Test
	void writesHeadingNumbersAndTextAsTheyAre() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter xlsx = new XlsxWriter(out, "2569-ORDINANCE")) {
			xlsx.heading(List.of("รหัส", "ชื่อ", "จำนวน"));
			xlsx.row(Arrays.asList("2560101", "องค์การบริหารส่วนจังหวัดพะเยา", 3));
			xlsx.row(Arrays.asList("=1+1", null, new BigDecimal("1500000.50")));
			xlsx.row(List.of("x".repeat(40_000)));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("2569-ORDINANCE");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ชื่อ");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2560101");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("องค์การบริหารส่วนจังหวัดพะเยา");
			assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
			assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=1+1");
			assertThat(sheet.getRow(2).getCell(1)).isNull();
			assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1500000.50);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).hasSize(32_767).endsWith("…");
		}
	}

	@Test
	void aSheetNameExcelRefusesIsMadeSafe() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxWriter xlsx = new XlsxWriter(out, "a/b:c")) {
			xlsx.row(List.of("x"));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetName(0)).doesNotContain("/", ":");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("x");
		}
	}

	@Test
	void writesSeveralSheetsWithANumberFormatAndLeavesTheStreamOpen() throws IOException {
		boolean[] closed = { false };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		java.io.OutputStream out = new java.io.FilterOutputStream(bytes) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		try (XlsxWriter xlsx = new XlsxWriter(out, "budget")) {
			xlsx.numberFormat(1, "#,##0.00").heading(List.of("item", "amount"));
			for (int i = 0; i < 1_200; i++) {
				xlsx.row(List.of("เงินเดือน " + i, new BigDecimal("1234.5").add(BigDecimal.valueOf(i))));
			}
			xlsx.sheet("dictionary").heading(List.of("name")).row(List.of("amount"));
		}
		assertThat(closed[0]).isFalse();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet budget = workbook.getSheet("budget");
			assertThat(budget.getLastRowNum()).isEqualTo(1_200);
			assertThat(budget.getRow(1_200).getCell(0).getStringCellValue()).isEqualTo("เงินเดือน 1199");
			assertThat(budget.getRow(1_200).getCell(1).getNumericCellValue()).isEqualTo(2433.5);
			assertThat(budget.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			XSSFSheet dictionary = workbook.getSheet("dictionary");
			assertThat(dictionary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("amount");
			assertThat(dictionary.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
		}
	}

}
