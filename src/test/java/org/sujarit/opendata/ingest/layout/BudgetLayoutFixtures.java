package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/**
 * A printed "รายละเอียดประมาณการรายจ่าย" of a PAO, written as an XLSX the way e-LAAS exports and people
 * retype it (levels in successive columns, merged cells, Thai digits, a bare "รวม" with a wrong subtotal)
 * and as a text PDF with the same lines, plus a scanned (image-only) PDF and a password-protected one.
 */
final class BudgetLayoutFixtures {

	/**
	 * One printed line: the column its text starts in (0 = แผนงาน), its text, the amount word, the amount
	 * (a number, or text as typed), and whether a new PDF page starts before it.
	 */
	record Printed(int column, String text, String word, Object amount, boolean newPage) {

		Printed(int column, String text) {
			this(column, text, null, null, false);
		}

		Printed(int column, String text, String word, Object amount) {
			this(column, text, word, amount, false);
		}

	}

	/** Row numbers (1-based) in the XLSX are the list positions + 1. */
	static final List<Printed> BUDGET = List.of(
			new Printed(0, "รายละเอียดประมาณการรายจ่ายงบประมาณรายจ่ายทั่วไป"),
			new Printed(0, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
			new Printed(0, "องค์การบริหารส่วนจังหวัดพะเยา อำเภอเมืองพะเยา จังหวัดพะเยา"),
			new Printed(0, "ด้านบริหารทั่วไป"),
			new Printed(0, "แผนงานบริหารงานทั่วไป"),
			new Printed(1, "งานบริหารทั่วไป", "รวม", 706_200),
			new Printed(2, "งบบุคลากร", "รวม", 556_200),
			new Printed(3, "เงินเดือน (ฝ่ายการเมือง)", "รวม", 556_200),
			new Printed(4, "เงินเดือนนายก/รองนายก", "จำนวน", 514_080),
			new Printed(5, "เพื่อจ่ายเป็นเงินเดือนนายกองค์การบริหารส่วนจังหวัด จำนวน 1 อัตรา"),
			new Printed(4, "เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก", "จำนวน", "๔๒,๑๒๐"),
			// sara am typed as nikhahit + sara aa, as some PDFs and old fonts give it
			new Printed(2, "งบด\u0E4D\u0E32เนินงาน"),
			new Printed(3, "หมวดค่าวัสดุ"),
			new Printed(4, "ค่าวัสดุสำนักงาน", "จำนวน", "-"),
			new Printed(3, "ค่าใช้สอย"),
			new Printed(4, "รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่นๆ", "รวม", 150_000),
			new Printed(5, "โครงการจัดงานวันเด็กแห่งชาติ", "จำนวน", 50_000),
			new Printed(5, "   เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดงานวันเด็กแห่งชาติ"),
			new Printed(5, "โครงการฝึกอบรมคุณธรรมจริยธรรม", "จำนวน", 100_000),
			// printed wrong on purpose: the งบดำเนินงาน lines add up to 150,000
			new Printed(2, "รวม", null, 160_000),
			new Printed(0, "รวมแผนงานบริหารงานทั่วไป", null, 706_200),
			new Printed(0, "ด้านบริการชุมชนและสังคม", null, null, true),
			new Printed(0, "แผนงานการศึกษา"),
			new Printed(1, "งานระดับก่อนวัยเรียนและประถมศึกษา", "รวม", 44_000),
			new Printed(2, "งบลงทุน", "รวม", 44_000),
			new Printed(3, "ค่าครุภัณฑ์", "รวม", 44_000),
			new Printed(4, "ครุภัณฑ์คอมพิวเตอร์"),
			new Printed(5, "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล", "จำนวน", 44_000),
			new Printed(0, "รวมทั้งสิ้น", null, 750_200));

	static final String SHEET = "ประมาณการรายจ่าย";

	/** Columns A–F hold the levels, H the amount word, I the amount, J "บาท". */
	private static final int WORD_COLUMN = 7;

	private BudgetLayoutFixtures() {
	}

	static Path xlsx(Path directory) throws IOException {
		Path file = directory.resolve("budget-2569.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			XSSFSheet sheet = workbook.createSheet(SHEET);
			CellStyle amountStyle = workbook.createCellStyle();
			amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			for (int i = 0; i < BUDGET.size(); i++) {
				Printed printed = BUDGET.get(i);
				var row = sheet.createRow(i);
				row.createCell(printed.column()).setCellValue(printed.text());
				if (printed.column() == 0 && printed.amount() == null) {
					// titles and แผนงาน headings are merged across the text columns
					sheet.addMergedRegion(new CellRangeAddress(i, i, 0, 5));
				}
				if (printed.word() != null) {
					row.createCell(WORD_COLUMN).setCellValue(printed.word());
				}
				if (printed.amount() instanceof Number number) {
					Cell cell = row.createCell(WORD_COLUMN + 1);
					cell.setCellValue(number.doubleValue());
					cell.setCellStyle(amountStyle);
				}
				else if (printed.amount() != null) {
					row.createCell(WORD_COLUMN + 1).setCellValue(printed.amount().toString());
				}
				if (printed.amount() != null) {
					row.createCell(WORD_COLUMN + 2).setCellValue("บาท");
				}
				if (printed.text().startsWith("เพื่อจ่ายเป็นเงินเดือน")) {
					// a description merged over the amount columns, with a stale number left under the merge
					row.createCell(WORD_COLUMN + 1).setCellValue(999);
					sheet.addMergedRegion(new CellRangeAddress(i, i, printed.column(), WORD_COLUMN + 1));
				}
			}
			workbook.write(out);
		}
		return file;
	}

	/** The same lines as a text PDF in Sarabun, levels indented, amounts right-aligned. */
	static Path pdf(Path directory) throws IOException {
		Path file = directory.resolve("budget-2569.pdf");
		BaseFont font = sarabun();
		Font regular = new Font(font, 10);
		try (OutputStream out = Files.newOutputStream(file)) {
			Document document = new Document(PageSize.A4, 36, 36, 36, 36);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.open();
			PdfContentByte canvas = writer.getDirectContent();
			float y = 800;
			for (Printed printed : BUDGET) {
				if (printed.newPage()) {
					document.newPage();
					y = 800;
				}
				show(canvas, Element.ALIGN_LEFT, printed.text(), regular, 40 + printed.column() * 14, y);
				if (printed.word() != null) {
					show(canvas, Element.ALIGN_LEFT, printed.word(), regular, 430, y);
				}
				if (printed.amount() != null) {
					String amount = printed.amount() instanceof Number number ? String.format("%,d", number.longValue())
							: printed.amount().toString();
					show(canvas, Element.ALIGN_RIGHT, amount, regular, 530, y);
					show(canvas, Element.ALIGN_LEFT, "บาท", regular, 536, y);
				}
				y -= 20;
			}
			document.close();
		}
		return file;
	}

	/** A "scanned" budget: one page holding only a picture. */
	static Path scannedPdf(Path directory) throws IOException {
		return save(new PDDocument(), directory.resolve("scanned.pdf"), BudgetLayoutFixtures::addImagePage);
	}

	/** The text PDF with a scanned page appended. */
	static Path pdfWithScannedPage(Path directory) throws IOException {
		return save(Loader.loadPDF(pdf(directory).toFile()), directory.resolve("mixed.pdf"),
				BudgetLayoutFixtures::addImagePage);
	}

	/** The text PDF, openable only with a password. */
	static Path encryptedPdf(Path directory) throws IOException {
		return save(Loader.loadPDF(pdf(directory).toFile()), directory.resolve("locked.pdf"), document -> {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	private interface PdfChange {

		void apply(PDDocument document) throws IOException;

	}

	private static Path save(PDDocument opened, Path file, PdfChange change) throws IOException {
		try (PDDocument document = opened) {
			change.apply(document);
			document.save(file.toFile());
		}
		return file;
	}

	/**
	 * What both the XLSX and the PDF of {@link #BUDGET} read as, whatever their provenance: the layout, no
	 * problem, the lines with their hierarchy and amounts, the printed totals.
	 */
	static void assertReadsTheBudget(ParsedFile parsed, String layout) {
		assertThat(parsed.layout()).isEqualTo(layout);
		assertThat(parsed.problems()).isEmpty();
		String general = "แผนงานบริหารงานทั่วไป";
		String work = "งานบริหารทั่วไป";
		String other = "รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่นๆ";
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::side, SourceLine::plan, SourceLine::work, SourceLine::budgetGroup,
					SourceLine::category, SourceLine::expenseType, SourceLine::item, SourceLine::amount)
			.containsExactly(
					tuple("ด้านบริหารทั่วไป", general, work, "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
							"เงินเดือนนายก/รองนายก", null, new BigDecimal("514080")),
					tuple("ด้านบริหารทั่วไป", general, work, "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
							"เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก", null, new BigDecimal("42120")),
					tuple("ด้านบริหารทั่วไป", general, work, "งบดำเนินงาน", "ค่าวัสดุ", "ค่าวัสดุสำนักงาน", null,
							BigDecimal.ZERO),
					tuple("ด้านบริหารทั่วไป", general, work, "งบดำเนินงาน", "ค่าใช้สอย", other,
							"โครงการจัดงานวันเด็กแห่งชาติ", new BigDecimal("50000")),
					tuple("ด้านบริหารทั่วไป", general, work, "งบดำเนินงาน", "ค่าใช้สอย", other,
							"โครงการฝึกอบรมคุณธรรมจริยธรรม", new BigDecimal("100000")),
					tuple("ด้านบริการชุมชนและสังคม", "แผนงานการศึกษา", "งานระดับก่อนวัยเรียนและประถมศึกษา", "งบลงทุน",
							"ค่าครุภัณฑ์", "ครุภัณฑ์คอมพิวเตอร์", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล",
							new BigDecimal("44000")));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() != LineKind.LINE && line.kind() != LineKind.HEADING)
			.extracting(SourceLine::kind, SourceLine::plan, SourceLine::budgetGroup, SourceLine::amount)
			.containsExactly(tuple(LineKind.GROUP_TOTAL, general, "งบบุคลากร", new BigDecimal("556200")),
					// the wrong printed subtotal, kept for the validator to flag
					tuple(LineKind.GROUP_TOTAL, general, "งบดำเนินงาน", new BigDecimal("160000")),
					tuple(LineKind.PLAN_TOTAL, general, null, new BigDecimal("706200")),
					tuple(LineKind.GROUP_TOTAL, "แผนงานการศึกษา", "งบลงทุน", new BigDecimal("44000")),
					tuple(LineKind.GRAND_TOTAL, null, null, new BigDecimal("750200")));
		assertThat(parsed.lines()).filteredOn(line -> line.kind() == LineKind.HEADING)
			.extracting(SourceLine::text)
			.doesNotContain("รายละเอียดประมาณการรายจ่ายงบประมาณรายจ่ายทั่วไป")
			.noneMatch(text -> text.contains("เพื่อจ่าย"));
	}

	private static void addImagePage(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		BufferedImage picture = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 400, 560);
		g.setColor(Color.BLACK);
		for (int line = 40; line < 540; line += 20) {
			g.fillRect(30, line, 200 + line % 120, 6);
		}
		g.dispose();
		PDImageXObject image = LosslessFactory.createFromImage(document, picture);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(image, 20, 20, 555, 800);
		}
	}

	private static void show(PdfContentByte canvas, int alignment, String text, Font font, float x, float y) {
		ColumnText.showTextAligned(canvas, alignment, new Phrase(text, font), x, y, 0);
	}

	private static BaseFont sarabun() throws IOException {
		synchronized (LayoutProcessor.class) {
			if (!LayoutProcessor.isEnabled()) {
				LayoutProcessor.enableKernLiga();
			}
		}
		return BaseFont.createFont("static/fonts/Sarabun_400Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
				false, null, null);
	}

}
