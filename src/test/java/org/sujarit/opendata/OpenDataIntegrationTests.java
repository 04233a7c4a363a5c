package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.IntegrationTest;
import org.sujarit.directory.Directory;
import org.sujarit.directory.TestPrincipals;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.opendata.publish.DatasetToPublish;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * The facade on the real database: the downloaded template filled in and read back, corrections audited
 * and locked optimistically, the dataset handed to the publishing side, publication and what a later
 * upload does to it, code-list edits, and the demo budget.
 */
@IntegrationTest
@Transactional
class OpenDataIntegrationTests {

	@Autowired
	OpenData openData;

	@Autowired
	Directory directory;

	@Autowired
	AuditLog audit;

	@Autowired
	OpenDataRepository repository;

	@Autowired
	BudgetIngest ingest;

	long phayao;

	SujaritUser officer;

	@BeforeEach
	void lao() {
		phayao = directory.agencyByCode(TestBudgets.PHAYAO).orElseThrow().id();
		officer = TestPrincipals.principal("reporter.phayao", phayao, Role.AGENCY_REPORTER);
	}

	static <T> T as(SujaritUser user, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** The officer's template, downloaded and filled in with Excel (here POI). */
	private byte[] filledTemplate(List<List<String>> rows) throws Exception {
		byte[] template = as(officer, () -> openData.template(2569));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.getSheet(TemplateWorkbook.DATA_SHEET);
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r + 2);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (c == BudgetField.AMOUNT.ordinal() && value.matches("[0-9.]+")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long upload(byte[] content, String name) {
		return as(officer, () -> openData.upload(phayao, 2569, DocumentType.ORDINANCE, new ByteArrayInputStream(content),
				name, null));
	}

	@Test
	void theDownloadedTemplateFilledInIsRecognisedAndValid() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(0).set(10, "1000000");
		long id = upload(filledTemplate(rows), "แบบฟอร์ม.xlsx");
		BudgetDocument document = as(officer, () -> openData.document(id));
		assertThat(document.layout()).isEqualTo("TEMPLATE");
		assertThat(document.state()).isEqualTo(DocumentState.VALID);
		assertThat(document.lineCount()).isEqualTo(8);
		List<BudgetLine> lines = as(officer, () -> openData.lines(id));
		assertThat(lines).extracting(BudgetLine::kind)
			.containsExactly(LineKind.LINE, LineKind.LINE, LineKind.LINE, LineKind.GROUP_TOTAL, LineKind.PLAN_TOTAL,
					LineKind.LINE, LineKind.PLAN_TOTAL, LineKind.GRAND_TOTAL);
		assertThat(lines.get(0).amount()).isEqualByComparingTo("1000000");
		assertThat(lines.get(0).row()).isEqualTo(3);
		assertThat(lines.get(0).sheet()).isEqualTo("budget");
		assertThat(as(officer, () -> openData.stars(document))).isEqualTo(new OpenDataStars(2, 4));
	}

	@Test
	void anOwnWorkbookIsMappedColumnByColumn() throws Exception {
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("ข้อบัญญัติ 2569");
			sheet.createRow(0).createCell(0).setCellValue("ประมาณการรายจ่าย องค์การบริหารส่วนจังหวัดพะเยา");
			String[] headers = { "แผนงาน", "งบ", "รายการ", "งบประมาณ (บาท)" };
			XSSFRow head = sheet.createRow(2);
			for (int c = 0; c < headers.length; c++) {
				head.createCell(c).setCellValue(headers[c]);
			}
			XSSFRow line = sheet.createRow(3);
			line.createCell(0).setCellValue("แผนงานการเกษตร");
			line.createCell(1).setCellValue("งบดำเนินงาน");
			line.createCell(2).setCellValue("โครงการส่งเสริมเกษตรอินทรีย์");
			line.createCell(3).setCellValue(500000.25);
			XSSFRow total = sheet.createRow(4);
			total.createCell(2).setCellValue("รวมทั้งสิ้น");
			total.createCell(3).setCellValue("๕๐๐,๐๐๐.๒๕");
			book.write(out);
			workbook = out.toByteArray();
		}
		long id = upload(workbook, "ข้อบัญญัติ.xlsx");
		assertThat(as(officer, () -> openData.document(id)).awaitsMapping()).isTrue();
		var preview = as(officer, () -> openData.mappingPreview(id));
		assertThat(preview.headerRow()).isEqualTo(3);
		assertThat(preview.suggested()).containsEntry(BudgetField.PLAN, 0)
			.containsEntry(BudgetField.BUDGET_GROUP, 1)
			.containsEntry(BudgetField.ITEM, 2)
			.containsEntry(BudgetField.AMOUNT, 3);
		as(officer, () -> {
			openData.applyMapping(id, preview.suggested());
			return null;
		});
		BudgetDocument document = as(officer, () -> openData.document(id));
		assertThat(document.layout()).isEqualTo("MAPPED");
		assertThat(document.state()).isEqualTo(DocumentState.VALID);
		assertThat(as(officer, () -> openData.lines(id))).extracting(BudgetLine::row).containsExactly(4, 5);
	}

	@Test
	void correctionsAreAuditedAndLockedOptimistically() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(5).set(3, "แผนงานการศกษา");
		long id = upload(TestBudgets.templateWorkbook(rows), "b.xlsx");
		assertThat(as(officer, () -> openData.document(id)).state()).isEqualTo(DocumentState.INVALID);
		BudgetLine wrong = as(officer, () -> openData.lines(id)).get(5);
		assertThat(as(officer, () -> openData.report(id)).of(wrong.id(), BudgetField.PLAN)).extracting(ValidationIssue::code)
			.containsExactly("foreign-key");
		Map<BudgetField, String> values = new EnumMap<>(BudgetField.class);
		for (BudgetField field : BudgetField.values()) {
			if (field != BudgetField.ROW_TYPE && wrong.value(field) != null) {
				values.put(field, wrong.value(field));
			}
		}
		values.put(BudgetField.PLAN, "แผนงานการศึกษา");
		BudgetLine fixed = as(officer, () -> openData.updateLine(id, wrong.id(), wrong.version(), values));
		assertThat(fixed.version()).isEqualTo(wrong.version() + 1);
		assertThat(as(officer, () -> openData.document(id)).state()).isEqualTo(DocumentState.UPLOADED);
		assertThat(audit.history("opendata_line", String.valueOf(wrong.id())))
			.anySatisfy(entry -> assertThat(entry.after()).contains("แผนงานการศึกษา"));
		assertThatThrownBy(() -> as(officer, () -> openData.updateLine(id, wrong.id(), wrong.version(), values)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(as(officer, () -> openData.validate(id)).valid()).isTrue();
		assertThat(as(officer, () -> openData.document(id)).state()).isEqualTo(DocumentState.VALID);
	}

	@Test
	void aValidDocumentBecomesADatasetToPublishAndAReuploadMakesItOutOfDate() throws Exception {
		long id = upload(TestBudgets.templateWorkbook(TestBudgets.smallBudget()), "b.xlsx");
		DatasetToPublish dataset = openData.datasetToPublish(id);
		assertThat(dataset.laoCode()).isEqualTo(TestBudgets.PHAYAO);
		assertThat(dataset.provinceNameTh()).isEqualTo("พะเยา");
		assertThat(dataset.fiscalYear()).isEqualTo(2569);
		assertThat(dataset.titleTh()).isEqualTo(
				"ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่ายประจำปี องค์การบริหารส่วนจังหวัดพะเยา ปีงบประมาณ พ.ศ. 2569");
		assertThat(dataset.resources()).extracting(DatasetToPublish.Resource::format)
			.containsExactly("CSV", "XLSX", "JSON", "JSON", "XLSX");
		assertThat(dataset.resources()).filteredOn(DatasetToPublish.Resource::primary).hasSize(1);
		DatasetToPublish.Resource csv = dataset.resources().get(0);
		assertThat(csv.file().getFileName().toString()).isEqualTo("budget-2560101-2569-ordinance.csv");
		assertThat(Files.readString(csv.file(), StandardCharsets.UTF_8)).startsWith("line_no,lao_code,");
		for (DatasetToPublish.Resource resource : dataset.resources()) {
			assertThat(Files.size(resource.file())).isPositive();
		}

		openData.markPublished(id);
		assertThat(as(officer, () -> openData.document(id)).state()).isEqualTo(DocumentState.PUBLISHED);
		assertThat(openData.publishable()).extracting(BudgetDocument::id).doesNotContain(id);

		long again = upload(TestBudgets.templateWorkbook(TestBudgets.smallBudget()), "b2.xlsx");
		assertThat(again).isEqualTo(id);
		BudgetDocument republish = as(officer, () -> openData.document(id));
		assertThat(republish.outOfDate()).isTrue();
		assertThat(republish.state()).isEqualTo(DocumentState.VALID);
		assertThat(openData.publishable()).extracting(BudgetDocument::id).contains(id);
	}

	@Test
	void theXlsxOutputHasTheTableWithAmountsAsNumbersAndADataDictionary() throws Exception {
		long id = upload(TestBudgets.templateWorkbook(TestBudgets.smallBudget()), "b.xlsx");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		as(officer, () -> {
			openData.write(id, OutputFormat.XLSX, out);
			return null;
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet budget = workbook.getSheet("budget");
			List<String> header = new java.util.ArrayList<>();
			budget.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(BudgetOutputs.COLUMNS.stream().map(BudgetOutputs.Column::name).toList());
			int amount = header.indexOf("amount");
			int item = header.indexOf("item");
			XSSFRow first = budget.getRow(1);
			assertThat(first.getCell(item).getStringCellValue()).isEqualTo("เงินเดือนพนักงานส่วนจังหวัด");
			assertThat(first.getCell(amount).getNumericCellValue()).isEqualTo(1_000_000.0);
			assertThat(first.getCell(amount).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(budget.getLastRowNum()).isEqualTo(4);
			XSSFSheet dictionary = workbook.getSheet("dictionary");
			assertThat(dictionary.getLastRowNum()).isEqualTo(BudgetOutputs.COLUMNS.size());
			assertThat(dictionary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("line_no");
		}
	}

	@Test
	void invalidDocumentsAreNeitherDownloadedNorPublished() throws Exception {
		List<List<String>> rows = TestBudgets.smallBudget();
		rows.get(0).set(10, "abc");
		long id = upload(TestBudgets.templateWorkbook(rows), "b.xlsx");
		assertThatThrownBy(() -> openData.datasetToPublish(id)).isInstanceOf(DomainException.class)
			.hasMessageContaining("opendata.output.not-valid");
		assertThatThrownBy(() -> openData.markPublished(id)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> as(officer, () -> {
			openData.write(id, OutputFormat.CSV, new ByteArrayOutputStream());
			return null;
		})).isInstanceOf(DomainException.class);
	}

	@Test
	void administratorsEditTheCodeListsAndEveryChangeIsAudited() {
		SujaritUser admin = TestPrincipals.principal("test.admin", null, Role.SYSTEM_ADMIN);
		CodeEntry education = openData.code(CodeList.PLAN, "education").orElseThrow();
		as(admin, () -> {
			openData.updateCode(education.id(), education.version(), "แผนงานการศึกษา", "Education services",
					"community-social-services", "00210", 3, true);
			return null;
		});
		assertThat(openData.code(CodeList.PLAN, "education").orElseThrow().nameEn()).isEqualTo("Education services");
		assertThat(audit.history("opendata_code", String.valueOf(education.id()))).isNotEmpty();
		long added = as(admin, () -> openData.addCode(CodeList.CATEGORY, "Land-Rent", "ค่าเช่าที่ดิน", "Land rent",
				"operations", null, 20));
		assertThat(openData.code(CodeList.CATEGORY, "land-rent")).map(CodeEntry::id).contains(added);
		assertThatThrownBy(() -> as(admin, () -> openData.addCode(CodeList.PLAN, "x", "ก", "x", "nowhere", null, 1)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("opendata.code.parent-unknown");
		assertThatThrownBy(() -> as(admin, () -> {
			openData.updateCode(education.id(), education.version(), "ก", "x", "community-social-services", null, 1, true);
			return null;
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> as(officer, () -> openData.addCode(CodeList.SIDE, "y", "ก", "y", null, null, 1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theDemoBudgetsLoadThroughTheIngestPathOnceAndAreValid() {
		OpenDataDemoData demo = new OpenDataDemoData(directory, repository, ingest);
		demo.load();
		demo.load();
		BudgetDocument document = repository.document(phayao, 2569, DocumentType.ORDINANCE).orElseThrow();
		assertThat(document.layout()).isEqualTo("TEMPLATE");
		assertThat(document.lineCount()).isEqualTo(44);
		for (OpenDataDemoData.DemoBudget budget : OpenDataDemoData.BUDGETS) {
			long lao = directory.agencyByCode(budget.laoCode()).orElseThrow().id();
			BudgetDocument loaded = repository.document(lao, budget.fiscalYear(), DocumentType.ORDINANCE).orElseThrow();
			assertThat(loaded.state()).as(budget.file()).isEqualTo(DocumentState.VALID);
			assertThat(loaded.fileName()).contains("demo");
		}
		assertThat(repository.documents(null, 500)).filteredOn(d -> d.fileName() != null && d.fileName().contains("demo"))
			.hasSize(OpenDataDemoData.BUDGETS.size());
	}

}
