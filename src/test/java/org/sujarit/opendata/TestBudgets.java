package org.sujarit.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Budget files as LAO officers make them: the template filled in (as a workbook or CSV), or a table of
 * their own with Thai headers.
 */
public final class TestBudgets {

	public static final String PHAYAO = "2560101";

	public static final String CHIANG_MAI = "2500101";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private TestBudgets() {
	}

	/** Template rows: fiscal_year, lao_code, side, plan, work, budget_group, category, expense_type, expense_code, item, amount, row_type. */
	public static List<List<String>> smallBudget() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(row("2569", PHAYAO, "", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)",
				"เงินเดือนพนักงาน", "", "เงินเดือนพนักงานส่วนจังหวัด", "1,000,000", ""));
		rows.add(row("2569", PHAYAO, "", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย",
				"รายจ่ายเพื่อให้ได้มาซึ่งบริการ", "", "ค่าจ้างเหมาบริการทำความสะอาด", "250,000.50", ""));
		rows.add(row("2569", PHAYAO, "", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ",
				"วัสดุสำนักงาน", "", "จัดซื้อวัสดุสำนักงาน", "49,999.50", ""));
		rows.add(row("", "", "", "แผนงานบริหารงานทั่วไป", "", "งบดำเนินงาน", "", "", "", "รวมงบดำเนินงาน", "300,000", ""));
		rows.add(row("", "", "", "แผนงานบริหารงานทั่วไป", "", "", "", "", "", "รวมแผนงานบริหารงานทั่วไป", "1,300,000",
				""));
		rows.add(row("2569", PHAYAO, "", "แผนงานการศึกษา", "งานระดับมัธยมศึกษา", "งบเงินอุดหนุน", "เงินอุดหนุน",
				"เงินอุดหนุนส่วนราชการ", "", "อุดหนุนอาหารกลางวัน", "200,000", ""));
		rows.add(row("", "", "", "แผนงานการศึกษา", "", "", "", "", "", "รวมแผนงานการศึกษา", "200,000", ""));
		rows.add(row("", "", "", "", "", "", "", "", "", "รวมทั้งสิ้น", "1,500,000", ""));
		return rows;
	}

	public static List<String> row(String... cells) {
		return new ArrayList<>(Arrays.asList(cells));
	}

	/** The template's layout (Thai labels, key row, data) as a workbook. */
	public static byte[] templateWorkbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("budget"), rows);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The template's layout on a sheet: Thai labels in row 1, the key row in row 2, the data below. */
	public static void fill(XSSFSheet sheet, List<List<String>> rows) {
		XSSFRow labels = sheet.createRow(0);
		XSSFRow keys = sheet.createRow(1);
		BudgetField[] fields = BudgetField.values();
		for (int c = 0; c < fields.length; c++) {
			labels.createCell(c).setCellValue("ป้าย " + c);
			keys.createCell(c).setCellValue(fields[c].key());
		}
		for (int r = 0; r < rows.size(); r++) {
			XSSFRow row = sheet.createRow(r + 2);
			for (int c = 0; c < rows.get(r).size(); c++) {
				if (!rows.get(r).get(c).isEmpty()) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
		}
	}

	/** A table of the officer's own: Thai headers in their own order, in the given encoding. */
	public static byte[] ownCsv(Charset charset, List<String> headers, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(String.join(",", headers)).append("\r\n");
		for (List<String> row : rows) {
			csv.append(String.join(",", row.stream().map(c -> c.contains(",") ? '"' + c + '"' : c).toList())).append("\r\n");
		}
		return csv.toString().getBytes(charset);
	}

	/** Two LAOs' lines in the published layout with printed totals: Phayao's adds up, Chiang Mai's does not. */
	public static String twoLaosCsv() {
		List<String> header = new ArrayList<>(BudgetOutputs.COLUMNS.stream().map(BudgetOutputs.Column::name).toList());
		header.add("row_type");
		StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
		csv.append(line(1, TestBudgets.PHAYAO, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "10000.00", ""));
		csv.append(line(2, TestBudgets.PHAYAO, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุกีฬา", "๕,๐๐๐", ""));
		csv.append(line(3, TestBudgets.PHAYAO, "", "", "", "รวมทั้งสิ้น", "15000", "GRAND_TOTAL"));
		csv.append(line(1, TestBudgets.CHIANG_MAI, "แผนงานการศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุการศึกษา", "10000", ""));
		csv.append(line(2, TestBudgets.CHIANG_MAI, "แผนงานสวนสนุก", "งบดำเนินงาน", "ค่าวัสดุ", "ชิงช้า", "#REF!", ""));
		csv.append(line(3, TestBudgets.CHIANG_MAI, "", "", "", "รวมทั้งสิ้น", "15000", "GRAND_TOTAL"));
		return csv.toString();
	}

	private static String line(int number, String lao, String plan, String group, String category, String item,
			String amount, String rowType) {
		return String.join(",", String.valueOf(number), lao, "อปท.", "2569", "ORDINANCE", "", "", "", plan, "", "งาน", "",
				group, "", "", category, "", "", "", item, amount.contains(",") ? '"' + amount + '"' : amount, "",
				rowType) + "\r\n";
	}

}
