package org.sujarit.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.sujarit.opendata.CodeEntry;
import org.sujarit.opendata.CodeList;

/**
 * Budgets of local governments as the open budget data benchmarks need them: each LAO's lines under a few
 * แผนงาน and งบ from the real code lists, realistic Thai items and amounts, and the printed totals (of each
 * งบ within its แผนงาน, of each แผนงาน, the grand total) — right unless a mistake is planted. Everything
 * derives from the seed.
 */
final class OpenBudgets {

	/** One row of a budget: a line or a printed total. */
	record Line(String kind, CodeEntry side, CodeEntry plan, String work, CodeEntry group, CodeEntry category,
			String expenseType, String expenseCode, String item, String amount) {
	}

	static final String[] ITEMS = { "ค่าจ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", "จัดซื้อวัสดุสำนักงาน",
			"จัดซื้อวัสดุคอมพิวเตอร์", "ค่าเบี้ยประกันภัยรถยนต์ส่วนกลาง", "โครงการฝึกอบรมคุณธรรมจริยธรรมบุคลากร",
			"โครงการป้องกันและแก้ไขปัญหายาเสพติด", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ",
			"โครงการซ่อมแซมถนนลูกรัง หมู่ที่ ", "ค่าอาหารเสริม (นม) โรงเรียนในสังกัด",
			"อุดหนุนอาหารกลางวันโรงเรียน", "โครงการป้องกันและควบคุมโรคไข้เลือดออก", "จัดซื้อครุภัณฑ์สำนักงาน ตู้เหล็ก",
			"ค่าไฟฟ้าสำนักงานและสาธารณะ", "ค่าน้ำประปา", "ค่าบริการโทรศัพท์และอินเทอร์เน็ต",
			"โครงการจัดงานประเพณีลอยกระทง", "โครงการแข่งขันกีฬาต้านยาเสพติด", "เบี้ยยังชีพผู้สูงอายุ",
			"เบี้ยยังชีพคนพิการ", "โครงการขุดลอกคลองส่งน้ำ หมู่ที่ ", "จัดซื้อวัสดุเชื้อเพลิงและหล่อลื่น",
			"ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ", "เงินเดือนพนักงานส่วนท้องถิ่น", "ค่าจ้างพนักงานจ้างตามภารกิจ",
			"โครงการส่งเสริมอาชีพกลุ่มสตรี", "โครงการจัดเก็บขยะมูลฝอยและสิ่งปฏิกูล",
			"โครงการติดตั้งไฟฟ้าส่องสว่างสาธารณะ หมู่ที่ ", "ค่าใช้จ่ายในการเดินทางไปราชการ",
			"โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "จัดซื้อเครื่องพ่นหมอกควัน" };

	static final String[] WORKS = { "งานบริหารทั่วไป", "งานบริหารงานคลัง", "งานระดับก่อนวัยเรียนและประถมศึกษา",
			"งานบริการสาธารณสุขและงานสาธารณสุขอื่น", "งานก่อสร้างโครงสร้างพื้นฐาน", "งานสวัสดิการสังคมและสังคมสงเคราะห์",
			"งานกีฬาและนันทนาการ", "งานป้องกันภัยฝ่ายพลเรือนและระงับอัคคีภัย" };

	private final List<CodeEntry> sides;

	private final List<CodeEntry> plans;

	private final List<CodeEntry> groups;

	private final List<CodeEntry> categories;

	OpenBudgets(List<CodeEntry> codes) {
		this.sides = of(codes, CodeList.SIDE);
		this.plans = of(codes, CodeList.PLAN);
		this.groups = of(codes, CodeList.BUDGET_GROUP).stream()
			.filter(g -> codes.stream().anyMatch(c -> c.list() == CodeList.CATEGORY && g.code().equals(c.parent())))
			.toList();
		this.categories = of(codes, CodeList.CATEGORY);
	}

	private static List<CodeEntry> of(List<CodeEntry> codes, CodeList list) {
		return codes.stream()
			.filter(c -> c.list() == list && c.active())
			.sorted(Comparator.comparingInt(CodeEntry::sortOrder))
			.toList();
	}

	CodeEntry side(CodeEntry plan) {
		return sides.stream().filter(s -> s.code().equals(plan.parent())).findFirst().orElse(null);
	}

	/**
	 * One LAO's budget of exactly {@code rows} rows: {@code plans} แผนงาน of {@code groupsPerPlan} งบ each,
	 * every งบ closed by its total, every แผนงาน by its total, the grand total last.
	 * @param errorRate the share of lines given a mistake (unknown plan, formula error, words for an amount,
	 *        negative amount, short expense code, a repeated line), and of LAOs given a wrong งบ total
	 */
	List<Line> budget(Random random, int rows, int planCount, int groupsPerPlan, double errorRate) {
		int totals = planCount * groupsPerPlan + planCount + 1;
		int lineCount = rows - totals;
		List<CodeEntry> chosenPlans = new ArrayList<>(plans);
		java.util.Collections.shuffle(chosenPlans, random);
		chosenPlans = new ArrayList<>(chosenPlans.subList(0, planCount));
		chosenPlans.sort(Comparator.comparingInt(CodeEntry::sortOrder));
		List<Line> budget = new ArrayList<>(rows);
		long grand = 0;
		int made = 0;
		boolean wrongTotal = random.nextDouble() < errorRate * 20;
		for (int p = 0; p < planCount; p++) {
			CodeEntry plan = chosenPlans.get(p);
			String work = WORKS[random.nextInt(WORKS.length)];
			List<CodeEntry> chosenGroups = new ArrayList<>(groups);
			java.util.Collections.shuffle(chosenGroups, random);
			chosenGroups = new ArrayList<>(chosenGroups.subList(0, groupsPerPlan));
			chosenGroups.sort(Comparator.comparingInt(CodeEntry::sortOrder));
			long planSum = 0;
			for (int g = 0; g < groupsPerPlan; g++) {
				CodeEntry group = chosenGroups.get(g);
				List<CodeEntry> groupCategories = categories.stream().filter(c -> group.code().equals(c.parent())).toList();
				int share = lineCount / (planCount * groupsPerPlan)
						+ (p * groupsPerPlan + g < lineCount % (planCount * groupsPerPlan) ? 1 : 0);
				long groupSum = 0;
				for (int i = 0; i < share; i++) {
					CodeEntry category = groupCategories.get(random.nextInt(groupCategories.size()));
					String item = ITEMS[random.nextInt(ITEMS.length)];
					if (item.endsWith(" ")) {
						item = item + (1 + random.nextInt(15));
					}
					item = item + " (" + (++made) + ")";
					long satang = (1_000 + random.nextInt(2_000_000)) * 100L + (random.nextInt(4) == 0 ? random.nextInt(100) : 0);
					String amount = baht(satang);
					CodeEntry linePlan = plan;
					String code = String.valueOf(5_000_000 + random.nextInt(4_999_999));
					if (random.nextDouble() < errorRate) {
						switch (random.nextInt(6)) {
							case 0 -> linePlan = null;
							case 1 -> amount = "#REF!";
							case 2 -> amount = "หนึ่งพันบาท";
							case 3 -> amount = "-" + amount;
							case 4 -> code = code.substring(0, 5);
							default -> {
								if (!budget.isEmpty() && budget.get(budget.size() - 1).kind().equals("LINE")) {
									Line previous = budget.get(budget.size() - 1);
									item = previous.item();
									category = previous.category();
									amount = previous.amount();
									code = previous.expenseCode();
								}
							}
						}
					}
					budget.add(new Line("LINE", side(plan), linePlan, work, group, category, category.nameTh(), code, item,
							amount));
					groupSum += satang;
				}
				long printed = wrongTotal && g == 0 && p == 0 ? groupSum + 100_00 : groupSum;
				budget.add(new Line("GROUP_TOTAL", null, plan, "", group, null, "", "", "รวม" + group.nameTh(),
						baht(printed)));
				planSum += groupSum;
			}
			budget.add(new Line("PLAN_TOTAL", null, plan, "", null, null, "", "", "รวม" + plan.nameTh(), baht(planSum)));
			grand += planSum;
		}
		budget.add(new Line("GRAND_TOTAL", null, null, "", null, null, "", "", "รวมทั้งสิ้น", baht(grand)));
		return budget;
	}

	static String baht(long satang) {
		return satang % 100 == 0 ? String.valueOf(satang / 100) : String.format(java.util.Locale.ROOT, "%d.%02d", satang / 100, satang % 100);
	}

}
