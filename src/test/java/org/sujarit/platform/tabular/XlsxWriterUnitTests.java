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

}
