package org.sujarit.opendata.ingest.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.platform.thai.ThaiDigits;

/**
 * The names of the DLA budget structure as e-LAAS prints them — the 4 ด้าน, the 12 แผนงาน (each under its
 * ด้าน), the 6 งบ and the usual หมวด — matched on text with spaces, numbering and Thai mark order
 * ignored, and returned in their canonical printed form.
 */
final class BudgetNames {

	static final String GENERAL = "ด้านบริหารทั่วไป";

	static final String COMMUNITY = "ด้านบริการชุมชนและสังคม";

	static final String ECONOMY = "ด้านการเศรษฐกิจ";

	static final String OTHER = "ด้านการดำเนินงานอื่น";

	static final List<String> SIDES = List.of(GENERAL, COMMUNITY, ECONOMY, OTHER);

	/** แผนงาน → its ด้าน, in the order of the DLA chart of accounts. */
	static final Map<String, String> PLANS;

	static {
		Map<String, String> plans = new LinkedHashMap<>();
		plans.put("แผนงานบริหารงานทั่วไป", GENERAL);
		plans.put("แผนงานการรักษาความสงบภายใน", GENERAL);
		plans.put("แผนงานการศึกษา", COMMUNITY);
		plans.put("แผนงานสาธารณสุข", COMMUNITY);
		plans.put("แผนงานสังคมสงเคราะห์", COMMUNITY);
		plans.put("แผนงานเคหะและชุมชน", COMMUNITY);
		plans.put("แผนงานสร้างความเข้มแข็งของชุมชน", COMMUNITY);
		plans.put("แผนงานการศาสนาวัฒนธรรมและนันทนาการ", COMMUNITY);
		plans.put("แผนงานอุตสาหกรรมและการโยธา", ECONOMY);
		plans.put("แผนงานการเกษตร", ECONOMY);
		plans.put("แผนงานการพาณิชย์", ECONOMY);
		plans.put("แผนงานงบกลาง", OTHER);
		PLANS = Map.copyOf(plans);
	}

	static final String CENTRAL = "งบกลาง";

	static final List<String> GROUPS = List.of(CENTRAL, "งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "งบเงินอุดหนุน",
			"งบรายจ่ายอื่น");

	static final List<String> CATEGORIES = List.of("เงินเดือน (ฝ่ายการเมือง)", "เงินเดือน (ฝ่ายประจำ)", "ค่าตอบแทน",
			"ค่าใช้สอย", "ค่าวัสดุ", "ค่าสาธารณูปโภค", "ค่าครุภัณฑ์", "ค่าที่ดินและสิ่งก่อสร้าง", "เงินอุดหนุน",
			"รายจ่ายอื่น", CENTRAL, "ค่าจ้างประจำ", "ค่าจ้างชั่วคราว", "ค่าครุภัณฑ์ที่ดินและสิ่งก่อสร้าง");

	/** "1.", "(2)", "๓)", "1.2.3", "ก." and bullets before a heading or item. */
	private static final Pattern NUMBERING = Pattern
		.compile("^(?:[(\\[]?[0-9๐-๙]+(?:\\.[0-9๐-๙]+)*[.)\\]]?\\s*|[(\\[]?[ก-ฮ][.)\\]]\\s*|[-•*·]\\s+)+");

	private static final Pattern LEADING_CODE = Pattern.compile("^[(\\[]?([0-9๐-๙]{5,7})[)\\]]?\\s");

	private static final Pattern TRAILING_CODE = Pattern.compile("\\s*[(\\[]?(?<![0-9๐-๙])([0-9๐-๙]{5,7})[)\\]]?$");

	private BudgetNames() {
	}

	/** The text without numbering, bullets, a printed code and spaces, for matching. */
	static String key(String text) {
		return label(text).replaceAll("[\\s:]", "");
	}

	/** The text without leading numbering and bullets or a trailing code, spaces kept. */
	static String label(String text) {
		String stripped = NUMBERING.matcher(text.strip()).replaceFirst("").strip();
		return TRAILING_CODE.matcher(stripped).replaceFirst("").strip();
	}

	/**
	 * The e-LAAS code printed before or after a name ("5110100 เงินเดือนนายก", "งานบริหารทั่วไป (00111)"):
	 * 5 to 7 digits, alone or in parentheses or brackets, in Arabic digits.
	 */
	static Optional<String> code(String text) {
		Matcher leading = LEADING_CODE.matcher(text.strip());
		Matcher trailing = TRAILING_CODE.matcher(text.strip());
		String code = leading.find() ? leading.group(1) : trailing.find() ? trailing.group(1) : null;
		return Optional.ofNullable(code).map(ThaiDigits::toArabic);
	}

	static Optional<String> side(String key) {
		String name = key.startsWith("ด้าน") ? key : "ด้าน" + key;
		return SIDES.stream().filter(side -> compact(side).equals(name)).findFirst();
	}

	/** A แผนงาน printed with its prefix ({@code แผนงานการศึกษา}). */
	static Optional<String> plan(String key) {
		return key.startsWith("แผนงาน") ? planName(key) : Optional.empty();
	}

	/** A แผนงาน with or without its prefix, as in {@code รวมแผนงานการศึกษา} or a matrix header. */
	static Optional<String> planName(String key) {
		String name = key.startsWith("แผนงาน") ? key : "แผนงาน" + key;
		return PLANS.keySet().stream().filter(plan -> plan.equals(name)).findFirst();
	}

	static Optional<String> group(String key) {
		return GROUPS.stream().filter(group -> group.equals(key)).findFirst();
	}

	static Optional<String> category(String key) {
		String name = key.startsWith("หมวด") ? key.substring("หมวด".length()) : key;
		return CATEGORIES.stream().filter(category -> compact(category).equals(name)).findFirst();
	}

	static String compact(String text) {
		return text.replaceAll("\\s", "");
	}

}
