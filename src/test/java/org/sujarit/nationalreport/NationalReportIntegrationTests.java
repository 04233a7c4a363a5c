package org.sujarit.nationalreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.platform.audit.AuditEntry;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.web.DomainException;

/**
 * Compiles a round of the seed's FY 2565 plans in every format and reads the files back: the DOCX with
 * POI (headings, tables, header row), the XLSX with POI (one progress row per accepted report, numbers as
 * numbers), the PDF with PDFBox (text, Thai shaping as ActualText, pages rendered to target/ for a person
 * to look at).
 */
@IntegrationTest
@Transactional
class NationalReportIntegrationTests {

	static final Path OUT = Path.of("target", "national-report");

	@Autowired
	NationalReport reports;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	long round;

	int accepted;

	@BeforeEach
	void round() throws Exception {
		round = TestRounds.acceptedRound(context, jdbc);
		accepted = jdbc.sql("select count(*) from reporting_report where round_id = :round and state = 'ACCEPTED'")
			.param("round", round)
			.query(Integer.class)
			.single();
		Files.createDirectories(OUT);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private byte[] compile(ReportFormat format, Integer cpiYear, Locale locale) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		reports.write(new ReportRequest(round, format, cpiYear, locale), out);
		byte[] bytes = out.toByteArray();
		Files.write(OUT.resolve("report-" + locale.getLanguage() + "." + format.extension()), bytes);
		return bytes;
	}

	private Integer latestCpiYear() {
		return reports.cpiYears().get(0);
	}

	@Test
	void theDocxHasTheSeedsPartsAsHeadingsAndOneProgressRowPerAcceptedReport() throws Exception {
		byte[] docx = compile(ReportFormat.DOCX, latestCpiYear(), Locale.forLanguageTag("th"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings1 = new ArrayList<>();
			List<String> headings2 = new ArrayList<>();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if ("Heading1".equals(paragraph.getStyle())) {
					headings1.add(paragraph.getText());
				}
				if ("Heading2".equals(paragraph.getStyle())) {
					headings2.add(paragraph.getText());
				}
			}
			assertThat(headings1).hasSize(6);
			assertThat(headings1.get(0)).isEqualTo("คำนำ");
			assertThat(headings1.get(1)).isEqualTo("บทสรุปผู้บริหาร");
			assertThat(headings1.get(2)).startsWith("ส่วนที่ ๑ ผลการประเมินดัชนีการรับรู้การทุจริต (CPI) ปี พ.ศ. ๒๕");
			assertThat(headings1.get(3)).startsWith("ส่วนที่ ๒ โครงการสำคัญเร่งด่วน (Quick Win) จำนวน ");
			assertThat(headings1.get(4)).startsWith("ส่วนที่ ๓ การดำเนินการตามแผนการขับเคลื่อนข้อเสนอ").endsWith("พ.ศ. ๒๕๖๕");
			assertThat(headings1.get(5)).isEqualTo("ส่วนที่ ๔ ผลการดำเนินงานจำแนกตามคณะทำงาน");
			// the progress part heads each source; the working-group part each of the 4 working groups
			assertThat(headings2).anyMatch(h -> h.startsWith("๑. ")).hasSizeGreaterThanOrEqualTo(4 + 4);

			XWPFTable summary = document.getTables().get(0);
			assertThat(summary.getRow(0).getCell(0).getText()).isEqualTo("ข้อเสนอแนะจากหน่วยงาน");
			assertThat(summary.getRow(summary.getNumberOfRows() - 1).getCell(0).getText()).isEqualTo("รวม");
			assertThat(summary.getRow(summary.getNumberOfRows() - 1).getCell(4).getText())
				.isEqualTo(org.sujarit.platform.thai.ThaiDigits.toThai(String.format("%,d", accepted)));

			List<XWPFTable> progress = document.getTables()
				.stream()
				.filter(t -> t.getRow(0).getCell(5) != null && t.getRow(0).getCell(5).getText().equals("ความคืบหน้าการดำเนินการ"))
				.toList();
			assertThat(progress).isNotEmpty();
			assertThat(progress.stream().mapToInt(t -> t.getNumberOfRows() - 1).sum()).isEqualTo(accepted);
			assertThat(progress.get(0).getRow(0).getCtRow().getTrPr().getTblHeaderList()).isNotEmpty();
			assertThat(progress.get(0).getText()).contains(TestRounds.MARKS).contains("[ดำเนินการแล้วเสร็จ]");
			assertThat(document.getAllPictures()).hasSize(2);
			assertThat(document.getHeaderList()).singleElement()
				.satisfies(header -> assertThat(header.getText()).contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"));
		}
		List<AuditEntry> entries = audit.history("national_report", Long.toString(round));
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("EXPORT");
			assertThat(entry.actor()).isEqualTo("coordinator.test");
		});
	}

	@Test
	void theXlsxHoldsTheTablesWithNumbersAsNumbers() throws Exception {
		byte[] xlsx = compile(ReportFormat.XLSX, latestCpiYear(), Locale.forLanguageTag("th"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("cover", "สรุป", "CPI ประเทศไทย", "CPI แหล่งข้อมูล", "CPI อาเซียน", "ผลการดำเนินงาน",
					"คะแนนตามคณะทำงาน", "กิจกรรมตามคณะทำงาน");
			Sheet progress = workbook.getSheet("ผลการดำเนินงาน");
			assertThat(progress.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ข้อเสนอแนะจากหน่วยงาน");
			assertThat(progress.getLastRowNum()).isEqualTo(accepted);
			for (Row row : progress) {
				if (row.getRowNum() > 0) {
					// every row carries its source and activity, so the sheet filters
					assertThat(row.getCell(0).getStringCellValue()).isNotBlank();
					assertThat(row.getCell(2).getStringCellValue()).isNotBlank();
				}
			}
			Sheet summary = workbook.getSheet("สรุป");
			Row total = summary.getRow(summary.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("รวม");
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(accepted);
			Sheet asean = workbook.getSheet("CPI อาเซียน");
			assertThat(asean.getRow(2).getCell(1).getStringCellValue()).isEqualTo("สิงคโปร์");
		}
	}

	@Test
	void thePdfReadsAsTypedAndItsPagesAreSavedForAPersonToLookAt() throws Exception {
		byte[] pdf = compile(ReportFormat.PDF, latestCpiYear(), Locale.forLanguageTag("th"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(10);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("บทสรุปผู้บริหาร").contains("Quick Win ที่ ๑").contains(TestRounds.MARKS);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < Math.min(6, document.getNumberOfPages()); page++) {
				ImageIO.write(renderer.renderImageWithDPI(page, 110), "png", OUT.resolve("report-page-" + (page + 1) + ".png").toFile());
			}
			int progressPage = -1;
			for (int page = 0; page < document.getNumberOfPages() && progressPage < 0; page++) {
				var box = document.getPage(page).getMediaBox();
				if (document.getPage(page).getRotation() % 180 != 0 || box.getWidth() > box.getHeight()) {
					progressPage = page;
				}
			}
			assertThat(progressPage).as("the progress tables are in landscape").isPositive();
			ImageIO.write(renderer.renderImageWithDPI(progressPage + 1, 110), "png", OUT.resolve("report-progress-page.png").toFile());
			PDFTextStripper stripper = new PDFTextStripper();
			// the page number in Thai digits, the cover uncounted
			stripper.setStartPage(3);
			stripper.setEndPage(3);
			assertThat(stripper.getText(document)).contains("๒");
		}
	}

	@Test
	void anEnglishReportWithoutTheCpiSectionLeavesItOut() throws Exception {
		byte[] docx = compile(ReportFormat.DOCX, null, Locale.ENGLISH);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = document.getParagraphs()
				.stream()
				.filter(p -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("Introduction", "Executive summary", "Part 1: quick wins (16)",
					"Part 2: implementation of the plan to raise the Corruption Perceptions Index, fiscal year 2565 BE",
					"Part 3: progress by working group");
			assertThat(document.getAllPictures()).isEmpty();
		}
	}

	@Test
	void anUnknownCpiYearOrRoundIsRefused() {
		assertThatThrownBy(() -> reports.write(new ReportRequest(round, ReportFormat.PDF, 1990, Locale.ROOT), new ByteArrayOutputStream()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("nationalreport.cpi-year.unknown"));
		assertThatThrownBy(() -> reports.write(new ReportRequest(-1, ReportFormat.PDF, null, Locale.ROOT), new ByteArrayOutputStream()))
			.isInstanceOf(DomainException.class);
	}

}
