package org.sujarit.opendata.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/** The layout recogniser on plain text lines, as e-LAAS prints them and as people retype them. */
class LayoutRecogniserUnitTests {

	/** e-LAAS style: each heading prints its own sum ("รวม"), items their amount ("จำนวน"). */
	static final String ELAAS = """
			รายละเอียดประมาณการรายจ่ายงบประมาณรายจ่ายทั่วไป
			ประจำปีงบประมาณ พ.ศ. ๒๕๖๙
			องค์การบริหารส่วนจังหวัดพะเยา
			แผนงานบริหารงานทั่วไป
			  งานบริหารทั่วไป                                               รวม 1,158,200 บาท
			    งบบุคลากร                                                   รวม 608,200 บาท
			      เงินเดือน (ฝ่ายการเมือง)                                   รวม 608,200 บาท
			        เงินเดือนนายก/รองนายก                                   จำนวน 514,080 บาท
			          เพื่อจ่ายเป็นเงินเดือนนายก จำนวน 1 อัตรา เดือนละ 21,120 บาท
			        เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก                   จำนวน ๙๔,๑๒๐ บาท
			    งบดำเนินงาน                                                 รวม 550,000 บาท
			      ค่าใช้สอย                                                 รวม 550,000 บาท
			        รายจ่ายเพื่อให้ได้มาซึ่งบริการ                              จำนวน 400,000 บาท
			        รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่น ๆ   รวม 150,000 บาท
			          โครงการจัดงานวันเด็กแห่งชาติ                            จำนวน 50,000 บาท
			            เพื่อจ่ายเป็นค่าใช้จ่ายในการจัดงาน โดยจ่ายเป็นค่าอาหาร จำนวน 5,000 บาท
			          โครงการฝึกอบรมคุณธรรมจริยธรรม                           จำนวน 100,000 บาท
			        ค่าบำรุงรักษาและซ่อมแซม                                   จำนวน -
			แผนงานงบกลาง
			  งบกลาง                                                       รวม 200,000 บาท
			    งบกลาง                                                     รวม 200,000 บาท
			      งบกลาง                                                   รวม 200,000 บาท
			        เงินสมทบกองทุนประกันสังคม                                 จำนวน 200,000 บาท
			รวมทั้งสิ้น 1,358,200 บาท
			""";

	@Test
	void readsTheElaasHierarchyWithHeadingSumsAndItems() {
		List<SourceLine> lines = recognise(ELAAS);

		assertThat(lines).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::plan, SourceLine::work, SourceLine::budgetGroup, SourceLine::category,
					SourceLine::expenseType, SourceLine::item, SourceLine::amount)
			.containsExactly(
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
							"เงินเดือนนายก/รองนายก", null, new BigDecimal("514080")),
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
							"เงินค่าตอบแทนประจำตำแหน่งนายก/รองนายก", null, new BigDecimal("94120")),
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย",
							"รายจ่ายเพื่อให้ได้มาซึ่งบริการ", null, new BigDecimal("400000")),
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย",
							"รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่น ๆ",
							"โครงการจัดงานวันเด็กแห่งชาติ", new BigDecimal("50000")),
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย",
							"รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่น ๆ",
							"โครงการฝึกอบรมคุณธรรมจริยธรรม", new BigDecimal("100000")),
					tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย",
							"ค่าบำรุงรักษาและซ่อมแซม", null, BigDecimal.ZERO),
					tuple("แผนงานงบกลาง", "งบกลาง", "งบกลาง", "งบกลาง", "เงินสมทบกองทุนประกันสังคม", null,
							new BigDecimal("200000")));
		assertThat(lines).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::side)
			.containsExactly("ด้านบริหารทั่วไป", "ด้านบริหารทั่วไป", "ด้านบริหารทั่วไป", "ด้านบริหารทั่วไป",
					"ด้านบริหารทั่วไป", "ด้านบริหารทั่วไป", "ด้านการดำเนินงานอื่น");
	}

	@Test
	void headingSumsBecomeTotalsOfTheirLevel() {
		List<SourceLine> lines = recognise(ELAAS);

		assertThat(lines).filteredOn(line -> line.kind() == LineKind.GROUP_TOTAL)
			.extracting(SourceLine::plan, SourceLine::budgetGroup, SourceLine::amount)
			.containsExactly(tuple("แผนงานบริหารงานทั่วไป", "งบบุคลากร", new BigDecimal("608200")),
					tuple("แผนงานบริหารงานทั่วไป", "งบดำเนินงาน", new BigDecimal("550000")),
					tuple("แผนงานงบกลาง", "งบกลาง", new BigDecimal("200000")));
		assertThat(lines).filteredOn(line -> line.kind() == LineKind.GRAND_TOTAL)
			.extracting(SourceLine::amount, SourceLine::plan)
			.containsExactly(tuple(new BigDecimal("1358200"), null));
		assertThat(lines).filteredOn(line -> line.kind() == LineKind.HEADING)
			.extracting(SourceLine::text, SourceLine::amount)
			.contains(tuple("แผนงานบริหารงานทั่วไป", null), tuple("งานบริหารทั่วไป รวม 1,158,200 บาท", new BigDecimal("1158200")),
					tuple("รายจ่ายเกี่ยวเนื่องกับการปฏิบัติราชการที่ไม่เข้าลักษณะรายจ่ายหมวดอื่น ๆ รวม 150,000 บาท",
							new BigDecimal("150000")));
		assertThat(lines).extracting(SourceLine::ordinal).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
		assertThat(lines).extracting(SourceLine::text).noneMatch(text -> text.startsWith("เพื่อจ่าย"));
	}

	/** Retyped style: headings without sums, bare totals after each level, no indentation at all. */
	@Test
	void bareTotalsWithoutIndentationGoToTheLevelTheyAddUpTo() {
		List<SourceLine> lines = recognise("""
				1. แผนงานการศึกษา
				1.1 งานระดับก่อนวัยเรียนและประถมศึกษา
				งบดำเนินงาน
				หมวดค่าวัสดุ
				ค่าอาหารเสริม (นม) จำนวน 300,000 บาท
				ค่าวัสดุการศึกษา จำนวน 20,000 บาท
				รวม 320,000 บาท
				งบเงินอุดหนุน
				เงินอุดหนุน
				โครงการอาหารกลางวัน จำนวน 500,000 บาท
				รวม 450,000 บาท
				รวม 820,000 บาท
				รวมแผนงานการศึกษา 820,000 บาท
				""");

		assertThat(lines).filteredOn(line -> line.kind() != LineKind.HEADING)
			.extracting(SourceLine::kind, SourceLine::side, SourceLine::budgetGroup, SourceLine::item, SourceLine::amount)
			.containsExactly(
					tuple(LineKind.LINE, "ด้านบริการชุมชนและสังคม", "งบดำเนินงาน", null, new BigDecimal("300000")),
					tuple(LineKind.LINE, "ด้านบริการชุมชนและสังคม", "งบดำเนินงาน", null, new BigDecimal("20000")),
					tuple(LineKind.GROUP_TOTAL, "ด้านบริการชุมชนและสังคม", "งบดำเนินงาน", null,
							new BigDecimal("320000")),
					tuple(LineKind.LINE, "ด้านบริการชุมชนและสังคม", "งบเงินอุดหนุน", "โครงการอาหารกลางวัน",
							new BigDecimal("500000")),
					// a wrong printed subtotal still reaches the validator as the งบ's total
					tuple(LineKind.GROUP_TOTAL, "ด้านบริการชุมชนและสังคม", "งบเงินอุดหนุน", null,
							new BigDecimal("450000")),
					tuple(LineKind.PLAN_TOTAL, "ด้านบริการชุมชนและสังคม", null, null, new BigDecimal("820000")));
		// the bare total after the งบ totals adds up to the งาน: a heading amount of the งาน
		assertThat(lines).filteredOn(line -> line.kind() == LineKind.HEADING && line.amount() != null)
			.extracting(SourceLine::work, SourceLine::budgetGroup, SourceLine::amount)
			.containsExactly(tuple("งานระดับก่อนวัยเรียนและประถมศึกษา", null, new BigDecimal("820000")));
	}

	@Test
	void wordsThatStartLikeAHeadingButSitUnderAGroupAreItems() {
		List<SourceLine> lines = recognise("""
				แผนงานเคหะและชุมชน
				  งานไฟฟ้าและประปา
				    งบลงทุน
				      ค่าที่ดินและสิ่งก่อสร้าง
				        งานขยายเขตประปาหมู่ที่ 3                      รวม 300,000 บาท
				          โครงการวางท่อประปา                        จำนวน 300,000 บาท
				            งานวางท่อ PVC ยาว 1,000 เมตร
				        ค่าบำรุงรักษาและปรับปรุงที่ดินและสิ่งก่อสร้าง    จำนวน 20,000 บาท
				""");

		assertThat(lines).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::work, SourceLine::category, SourceLine::expenseType, SourceLine::item)
			.containsExactly(
					tuple("งานไฟฟ้าและประปา", "ค่าที่ดินและสิ่งก่อสร้าง", "งานขยายเขตประปาหมู่ที่ 3", "โครงการวางท่อประปา"),
					tuple("งานไฟฟ้าและประปา", "ค่าที่ดินและสิ่งก่อสร้าง", "ค่าบำรุงรักษาและปรับปรุงที่ดินและสิ่งก่อสร้าง",
							null));
		assertThat(ThaiTextNormalizer.normalize("โครงการ\nเพื่อจ่าย\r\n")).isEqualTo("โครงการ เพื่อจ่าย");
	}

	@Test
	void printedCodesAreLeftOutOfNamesAndASevenDigitExpenseCodeIsKept() {
		List<SourceLine> lines = recognise("""
				แผนงานบริหารงานทั่วไป (00100)
				งานบริหารทั่วไป 00111
				งบบุคลากร [๕๒๐๐๐๐]
				เงินเดือน (ฝ่ายการเมือง) (521000)
				๕๒๑๐๑๐๐ เงินเดือนนายก/รองนายก จำนวน 514,080 บาท
				""");

		assertThat(lines).filteredOn(line -> line.kind() == LineKind.LINE)
			.extracting(SourceLine::plan, SourceLine::work, SourceLine::budgetGroup, SourceLine::category,
					SourceLine::expenseType, SourceLine::expenseCode)
			.containsExactly(tuple("แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)",
					"เงินเดือนนายก/รองนายก", "5210100"));
	}

	@Test
	void normalisesMisorderedAndDecomposedThaiBeforeMatchingNames() {
		// sara am as nikhahit + sara aa, a tone mark before its vowel, sara e typed twice, Thai digits
		List<SourceLine> lines = recognise("""
				แผนงานการศาสนาวัฒนธรรมและนันทนาการ
				งานกีฬาและนันทนาการ
				งบดําเนินงาน
				ค่าใช้สอย
				โครงการเเข่งขันกีฬาต้านยาเสพติด จํานวน ๑๒๕,๕๐๐ บาท
				""");

		SourceLine line = lines.get(lines.size() - 1);
		assertThat(line.kind()).isEqualTo(LineKind.LINE);
		assertThat(line.budgetGroup()).isEqualTo("งบดำเนินงาน");
		assertThat(line.item()).isEqualTo("โครงการแข่งขันกีฬาต้านยาเสพติด");
		assertThat(line.amount()).isEqualByComparingTo("125500");
		assertThat(ThaiTextNormalizer.normalize("ครั\u0E49ง")).isEqualTo("ครั้ง");
		assertThat(ThaiTextNormalizer.normalize("ค\u0E48\u0E34")).isEqualTo("ค\u0E34\u0E48");
		assertThat(ThaiTextNormalizer.normalize("น\u0E4D\u0E49\u0E32")).isEqualTo("น้ำ");
		assertThat(ThaiTextNormalizer.normalize("ส\u0E32\u0E4Dหรับ")).isEqualTo("สำหรับ");
		assertThat(ThaiTextNormalizer.normalize("\uF70Aก\u200B  ข")).isEqualTo("\u0E48ก ข");
	}

	@Test
	void reportsUnreadableAmountsAndLinesOutsideAnyHeading() {
		LayoutRecogniser.Result result = LayoutRecogniser.recognise(List.of(
				new LayoutLine("ค่าเบี้ยประชุม", 0, "1,000", "Sheet1", 3, null),
				new LayoutLine("แผนงานการเกษตร", 0, null, "Sheet1", 4, null),
				new LayoutLine("ค่าวัสดุการเกษตร จำนวน", 2, "#REF!", "Sheet1", 5, null)));

		assertThat(result.problems()).extracting(p -> p.code(), p -> p.row())
			.containsExactly(tuple("opendata.parse.layout.outside-structure", 3),
					tuple("opendata.parse.layout.amount-unreadable", 5));
		assertThat(result.lines()).extracting(SourceLine::kind, SourceLine::expenseType, SourceLine::sheet, SourceLine::row)
			.containsExactly(tuple(LineKind.LINE, "ค่าเบี้ยประชุม", "Sheet1", 3),
					tuple(LineKind.HEADING, null, "Sheet1", 4));
	}

	@Test
	void recognisesTheLayoutFromItsFirstLines() {
		assertThat(LayoutRecogniser.looksHierarchical(ELAAS.lines().limit(3).toList())).isTrue();
		assertThat(LayoutRecogniser.looksHierarchical(List.of("แผนงานสาธารณสุข", "งานบริการสาธารณสุข", "งบลงทุน")))
			.isTrue();
		assertThat(LayoutRecogniser.looksHierarchical(List.of("plan,work,group,amount", "แผนงานสาธารณสุข,,,1")))
			.isFalse();
		assertThat(LayoutRecogniser.looksHierarchical(List.of("รายงานผลการดำเนินงาน", "งบบุคลากร"))).isFalse();
	}

	static List<SourceLine> recognise(String text) {
		return LayoutRecogniser.recognise(text.lines().map(LayoutLine::ofText).toList()).lines();
	}

}
