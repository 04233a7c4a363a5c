package org.sujarit.opendata.ingest.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * Reads the hierarchical "รายละเอียดประมาณการรายจ่ายงบประมาณรายจ่ายทั่วไป" layout, as e-LAAS prints it and
 * local governments retype it, from its printed lines into {@link SourceLine}s — the same for spreadsheets
 * and PDFs (see {@link LayoutLine}).
 *
 * <p>Headings are known by their wording: the 4 ด้าน, 12 แผนงาน, 6 งบ and the หมวด by name, a งาน by its
 * prefix inside a แผนงาน, a ประเภทรายจ่าย by its "ประเภท" prefix or because it prints a sum ("รวม") or has
 * deeper-indented amounts under it. A heading that prints its sum becomes a {@code PLAN_TOTAL} (แผนงาน),
 * {@code GROUP_TOTAL} (งบ) or a {@code HEADING} with an amount (the other levels). Lines with a per-item
 * amount ("จำนวน ... บาท", or a right-hand amount) are the {@code LINE}s; lines without an amount
 * (descriptions, titles) are skipped. Printed totals ("รวมงบบุคลากร ...", "รวม ...", "รวมทั้งสิ้น ...")
 * are kept for the validator to check: a bare "รวม" belongs to the open heading at the same indentation,
 * else to the one whose lines add up to it (preferring งบ, งาน, แผนงาน, หมวด), else to the open งบ — so a
 * wrong printed subtotal still reaches the validator as the งบ's total.
 *
 * <p>Names are returned in their canonical printed form ("แผนงานบริหารงานทั่วไป", "งบบุคลากร",
 * "เงินเดือน (ฝ่ายการเมือง)"); a ประเภทรายจ่าย printed with its own amount is the line's {@code expenseType}
 * (no {@code item}), a project or item under a ประเภท heading is its {@code item}.
 */
final class LayoutRecogniser {

	record Result(List<SourceLine> lines, List<ParseProblem> problems) {
	}

	private enum Level {

		SIDE, PLAN, WORK, GROUP, CATEGORY, TYPE

	}

	/** What the amount's wording says: a line's own amount, a sum of lines, the grand total, or no word. */
	private enum Keyword {

		NONE, EACH, SUM, GRAND

	}

	/** What a line is, judged on its own (before the walk through the hierarchy). */
	private enum Shape {

		SKIP, GRAND, TOTAL, HEADING, AMOUNT

	}

	/** A line split into its words and its amount. */
	private record Item(LayoutLine line, String text, String label, String key, String code, Keyword keyword,
			BigDecimal amount, String unreadable, Shape shape) {
	}

	private static final class Open {

		final String name;

		final int indent;

		final BigDecimal printed;

		BigDecimal sum = BigDecimal.ZERO;

		Open(String name, int indent, BigDecimal printed) {
			this.name = name;
			this.indent = indent;
			this.printed = printed;
		}

	}

	private static final String NUMBER = "[-–—]|\\(?[-+]?[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\\.[0-9๐-๙]+)?\\)?"
			+ "|\\(?[-+]?[0-9๐-๙]+(?:\\.[0-9๐-๙]+)?\\)?";

	private static final Pattern INLINE_AMOUNT = Pattern.compile(
			"^(.*?)\\s*(รวมทั้งสิ้น|รวม|จำนวนเงิน|จำนวน|เป็นเงิน|ตั้งไว้)?\\s*(" + NUMBER + ")\\s*(บาท)?\\s*$");

	private static final Pattern TRAILING_BAHT = Pattern.compile("\\s*บาท\\s*$");

	private static final Pattern TRAILING_KEYWORD = Pattern
		.compile("\\s*(รวมทั้งสิ้น|รวม|จำนวนเงิน|จำนวน|เป็นเงิน|ตั้งไว้)\\s*$");

	/** Words a description starts with: "เพื่อจ่ายเป็น...", "โดยจ่าย...", "ตั้งจ่ายจากเงินรายได้". */
	private static final List<String> DESCRIPTION_STARTS = List.of("เพื่อ", "โดย", "ตั้งจ่าย", "ตั้งไว้", "ปรากฏ",
			"เป็นไปตาม", "ตาม", "ทั้งนี้", "รายละเอียด", "ดังนี้", "คุณลักษณะ", "ขนาด");

	private static final List<Level> BARE_TOTAL_PREFERENCE = List.of(Level.GROUP, Level.WORK, Level.PLAN,
			Level.CATEGORY);

	private final Map<Level, Open> open = new EnumMap<>(Level.class);

	private final List<SourceLine> lines = new ArrayList<>();

	private final List<ParseProblem> problems = new ArrayList<>();

	private LayoutRecogniser() {
	}

	static Result recognise(List<LayoutLine> input) {
		LayoutRecogniser recogniser = new LayoutRecogniser();
		List<Item> items = input.stream().map(LayoutRecogniser::item).toList();
		for (int i = 0; i < items.size(); i++) {
			recogniser.walk(items, i);
		}
		return new Result(recogniser.lines, recogniser.problems);
	}

	/**
	 * Whether these first lines of a file look like the hierarchical layout: its title, or a แผนงาน
	 * heading together with a งบ heading.
	 */
	static boolean looksHierarchical(List<String> texts) {
		boolean plan = false;
		boolean group = false;
		for (String text : texts) {
			String normalized = ThaiTextNormalizer.normalize(text);
			String key = BudgetNames.key(normalized);
			if (key.contains("รายละเอียดประมาณการรายจ่าย") || key.contains("รายละเอียดงบประมาณรายจ่าย")) {
				return true;
			}
			String label = BudgetNames.key(split(normalized, null).label());
			plan |= BudgetNames.plan(label).isPresent();
			group |= BudgetNames.group(label).isPresent();
		}
		return plan && group;
	}

	// --- reading one line on its own

	private record Split(String label, Keyword keyword, BigDecimal amount, String unreadable) {
	}

	private static Item item(LayoutLine line) {
		String text = ThaiTextNormalizer.normalize(line.text());
		String amountText = line.amount() == null ? null : ThaiTextNormalizer.normalize(line.amount());
		Split split = split(text, amountText == null || amountText.isEmpty() ? null : amountText);
		String label = BudgetNames.label(split.label());
		String key = BudgetNames.key(label);
		String printed = amountText == null || amountText.isEmpty() ? text : (text + " " + amountText).strip();
		Shape shape = shape(key, label, split, amountText == null);
		String code = BudgetNames.code(split.label()).filter(digits -> digits.length() == 7).orElse(null);
		return new Item(line, printed, label, key, code, split.keyword(), split.amount(), split.unreadable(), shape);
	}

	private static Split split(String text, String amountCell) {
		if (amountCell != null) {
			String label = TRAILING_BAHT.matcher(text).replaceFirst("");
			Matcher keyword = TRAILING_KEYWORD.matcher(label);
			Keyword kind = Keyword.NONE;
			if (keyword.find()) {
				kind = keyword(keyword.group(1));
				label = label.substring(0, keyword.start());
			}
			Optional<BigDecimal> amount = ThaiNumberParser.parse(TRAILING_BAHT.matcher(amountCell).replaceFirst(""));
			return new Split(label.strip(), kind, amount.orElse(null), amount.isPresent() ? null : amountCell);
		}
		Matcher inline = INLINE_AMOUNT.matcher(text);
		if (inline.matches() && (inline.group(2) != null || inline.group(4) != null)) {
			Optional<BigDecimal> amount = ThaiNumberParser.parse(inline.group(3));
			if (amount.isPresent()) {
				return new Split(inline.group(1).strip(), keyword(inline.group(2)), amount.get(), null);
			}
		}
		return new Split(text, Keyword.NONE, null, null);
	}

	private static Keyword keyword(String word) {
		if (word == null) {
			return Keyword.NONE;
		}
		return switch (word) {
			case "รวมทั้งสิ้น" -> Keyword.GRAND;
			case "รวม" -> Keyword.SUM;
			default -> Keyword.EACH;
		};
	}

	private static Shape shape(String key, String label, Split split, boolean inlineOnly) {
		boolean hasAmount = split.amount() != null;
		if (key.isEmpty() && !hasAmount) {
			return Shape.SKIP;
		}
		if (hasAmount && (split.keyword() == Keyword.GRAND || grand(key))) {
			return Shape.GRAND;
		}
		if (key.startsWith("รวม") && !key.startsWith("รวมถึง") || key.isEmpty() && split.keyword() == Keyword.SUM) {
			return hasAmount ? Shape.TOTAL : Shape.SKIP;
		}
		if (heading(key, split)) {
			return Shape.HEADING;
		}
		if (!hasAmount && split.unreadable() == null) {
			return Shape.SKIP;
		}
		if (inlineOnly && DESCRIPTION_STARTS.stream().anyMatch(label::startsWith)) {
			return Shape.SKIP;
		}
		return Shape.AMOUNT;
	}

	private static boolean grand(String key) {
		return (key.startsWith("รวม") || key.startsWith("ยอดรวม")) && key.endsWith("ทั้งสิ้น");
	}

	/** A งาน heading carries no amount or its sum ("รวม"); "งานจ้างเหมา... 5,000" is an item. */
	private static boolean heading(String key, Split split) {
		return key.startsWith("ด้าน") && BudgetNames.side(key).isPresent() || BudgetNames.plan(key).isPresent()
				|| BudgetNames.group(key).isPresent() || BudgetNames.category(key).isPresent()
				|| key.startsWith("งาน") && (split.amount() == null && split.unreadable() == null
						|| split.keyword() == Keyword.SUM)
				|| key.startsWith("ประเภท");
	}

	// --- walking the hierarchy

	private void walk(List<Item> items, int index) {
		Item item = items.get(index);
		if (item.unreadable() != null) {
			problem("opendata.parse.layout.amount-unreadable", item, item.text(), item.unreadable());
		}
		switch (item.shape()) {
			case GRAND -> {
				emit(LineKind.GRAND_TOTAL, item, null, null, null, null, null, null, null);
				open.clear();
			}
			case TOTAL -> total(item);
			case HEADING -> heading(items, index);
			case AMOUNT -> {
				if (item.amount() != null) {
					amountLine(items, index, item.label());
				}
			}
			case SKIP -> {
				if (typeHeadingWithoutAmount(items, index)) {
					openLevel(Level.TYPE, item.label(), item);
					emit(LineKind.HEADING, item, Level.TYPE);
				}
			}
		}
	}

	/**
	 * A ประเภท printed without an amount ("ครุภัณฑ์คอมพิวเตอร์") is known by the deeper-indented items
	 * under it, inside a หมวด or งบ; a description is not, as the next item sits no deeper than its own.
	 */
	private boolean typeHeadingWithoutAmount(List<Item> items, int index) {
		Item item = items.get(index);
		Open parent = open.containsKey(Level.CATEGORY) ? open.get(Level.CATEGORY) : open.get(Level.GROUP);
		return !item.key().isEmpty() && item.amount() == null && item.unreadable() == null && parent != null
				&& item.line().indent() > parent.indent && !DESCRIPTION_STARTS.stream().anyMatch(item.label()::startsWith)
				&& hasChildren(items, index);
	}

	private void heading(List<Item> items, int index) {
		Item item = items.get(index);
		String key = item.key();
		Optional<String> side = key.startsWith("ด้าน") ? BudgetNames.side(key) : Optional.empty();
		if (side.isPresent()) {
			openLevel(Level.SIDE, side.get(), item);
			emit(LineKind.HEADING, item, Level.SIDE);
			return;
		}
		Optional<String> plan = BudgetNames.plan(key);
		if (plan.isPresent()) {
			openLevel(Level.SIDE, BudgetNames.PLANS.get(plan.get()), item);
			openLevel(Level.PLAN, plan.get(), item);
			emit(item.amount() == null ? LineKind.HEADING : LineKind.PLAN_TOTAL, item, Level.PLAN);
			return;
		}
		Optional<String> group = BudgetNames.group(key);
		if (group.isPresent()) {
			Level level = centralLevel(group.get());
			openLevel(level, group.get(), item);
			emit(level == Level.GROUP && item.amount() != null ? LineKind.GROUP_TOTAL : LineKind.HEADING, item, level);
			return;
		}
		Optional<String> category = BudgetNames.category(key);
		if (category.isPresent()) {
			openLevel(Level.CATEGORY, category.get(), item);
			emit(LineKind.HEADING, item, Level.CATEGORY);
			return;
		}
		if (key.startsWith("ประเภท")) {
			String name = item.label().substring(item.label().indexOf("ประเภท") + "ประเภท".length()).strip();
			if (item.amount() != null && item.keyword() != Keyword.SUM && !hasChildren(items, index)) {
				amountLine(items, index, name);
			}
			else {
				openLevel(Level.TYPE, name, item);
				emit(LineKind.HEADING, item, Level.TYPE);
			}
			return;
		}
		Open openGroup = open.get(Level.GROUP);
		if (openGroup != null && item.line().indent() > openGroup.indent) {
			// "งาน..." indented under a งบ is an item or a description, not a new งาน
			if (item.amount() != null) {
				amountLine(items, index, item.label());
			}
			return;
		}
		openLevel(Level.WORK, item.label(), item);
		emit(LineKind.HEADING, item, Level.WORK);
	}

	/**
	 * "งบกลาง" names a แผนงาน, its งาน, its งบ and that งบ's หมวด: under แผนงานงบกลาง the first is the งาน,
	 * a second inside the งบกลาง งบ is the หมวด.
	 */
	private Level centralLevel(String group) {
		if (!BudgetNames.CENTRAL.equals(group)) {
			return Level.GROUP;
		}
		if (name(Level.PLAN) != null && name(Level.PLAN).endsWith(BudgetNames.CENTRAL) && name(Level.WORK) == null) {
			return Level.WORK;
		}
		if (BudgetNames.CENTRAL.equals(name(Level.GROUP)) && name(Level.CATEGORY) == null) {
			return Level.CATEGORY;
		}
		return Level.GROUP;
	}

	private void amountLine(List<Item> items, int index, String label) {
		Item item = items.get(index);
		int indent = item.line().indent();
		Open type = open.get(Level.TYPE);
		if (type != null && !(indent > type.indent || indent == type.indent && type.printed != null
				&& type.sum.compareTo(type.printed) < 0)) {
			open.remove(Level.TYPE);
			type = null;
		}
		if (item.keyword() == Keyword.SUM || hasChildren(items, index)) {
			open.remove(Level.TYPE);
			open.put(Level.TYPE, new Open(label, indent, item.amount()));
			emit(LineKind.HEADING, item, Level.TYPE);
			return;
		}
		if (name(Level.PLAN) == null && name(Level.GROUP) == null) {
			problem("opendata.parse.layout.outside-structure", item, item.text());
		}
		String expenseType;
		String itemName;
		if (type != null) {
			expenseType = type.name;
			itemName = label;
		}
		else if (label.startsWith("โครงการ")) {
			expenseType = null;
			itemName = label;
		}
		else {
			expenseType = label;
			itemName = null;
		}
		emit(LineKind.LINE, item, name(Level.SIDE), name(Level.PLAN), name(Level.WORK), name(Level.GROUP),
				name(Level.CATEGORY), expenseType, itemName);
		for (Open level : open.values()) {
			level.sum = level.sum.add(item.amount());
		}
	}

	/** Whether the next line with an amount, before any heading or total, is indented deeper. */
	private static boolean hasChildren(List<Item> items, int index) {
		int indent = items.get(index).line().indent();
		for (int i = index + 1; i < items.size(); i++) {
			Item next = items.get(i);
			switch (next.shape()) {
				case SKIP -> {
				}
				case AMOUNT -> {
					return next.amount() != null && next.line().indent() > indent;
				}
				default -> {
					return false;
				}
			}
		}
		return false;
	}

	private void total(Item item) {
		String rest = item.key().startsWith("รวม") ? item.key().substring("รวม".length()) : "";
		Level level;
		String name;
		if (rest.isEmpty()) {
			level = bareTotalLevel(item);
			if (level == null) {
				problem("opendata.parse.layout.total-unplaced", item, item.text());
				return;
			}
			name = name(level);
		}
		else {
			Optional<String> plan = rest.startsWith("แผนงาน") ? BudgetNames.planName(rest) : Optional.empty();
			Optional<String> group = BudgetNames.group(rest);
			Optional<String> otherPlan = BudgetNames.planName(rest);
			Optional<String> category = BudgetNames.category(rest);
			if (plan.isPresent()) {
				level = Level.PLAN;
				name = plan.get();
			}
			else if (group.isPresent()) {
				level = Level.GROUP;
				name = group.get();
			}
			else if (otherPlan.isPresent()) {
				level = Level.PLAN;
				name = otherPlan.get();
			}
			else if (category.isPresent()) {
				level = Level.CATEGORY;
				name = category.get();
			}
			else if (rest.startsWith("งาน")) {
				level = Level.WORK;
				name = name(Level.WORK) != null && BudgetNames.compact(name(Level.WORK)).equals(rest) ? name(Level.WORK)
						: item.label().substring(item.label().indexOf("งาน")).strip();
			}
			else {
				level = bareTotalLevel(item);
				if (level == null) {
					problem("opendata.parse.layout.total-unplaced", item, item.text());
					return;
				}
				name = name(level);
			}
		}
		LineKind kind = switch (level) {
			case PLAN -> LineKind.PLAN_TOTAL;
			case GROUP -> LineKind.GROUP_TOTAL;
			default -> LineKind.HEADING;
		};
		String[] names = hierarchy(level, name);
		emit(kind, item, names[0], names[1], names[2], names[3], names[4], names[5], null);
		if (name.equals(name(level))) {
			close(level);
		}
	}

	/** The open heading a bare "รวม" closes: same indentation, else whose lines add up, else the งบ. */
	private Level bareTotalLevel(Item item) {
		List<Level> sameIndent = BARE_TOTAL_PREFERENCE.stream()
			.filter(level -> open.containsKey(level) && open.get(level).indent == item.line().indent())
			.toList();
		if (sameIndent.size() == 1) {
			return sameIndent.get(0);
		}
		for (Level level : BARE_TOTAL_PREFERENCE) {
			if (open.containsKey(level) && open.get(level).sum.compareTo(item.amount()) == 0) {
				return level;
			}
		}
		return BARE_TOTAL_PREFERENCE.stream().filter(open::containsKey).findFirst().orElse(null);
	}

	private void openLevel(Level level, String name, Item item) {
		close(level);
		open.put(level, new Open(name, item.line().indent(), item.amount()));
	}

	/** Closes a level and every level under it. */
	private void close(Level level) {
		open.keySet().removeIf(other -> other.compareTo(level) >= 0);
	}

	private String name(Level level) {
		Open found = open.get(level);
		return found == null ? null : found.name;
	}

	/** ด้าน to ประเภท: the open names down to {@code level}, which is named {@code name}; deeper ones null. */
	private String[] hierarchy(Level level, String name) {
		String[] names = new String[Level.values().length];
		for (Level each : Level.values()) {
			if (each.compareTo(level) < 0) {
				names[each.ordinal()] = name(each);
			}
		}
		names[level.ordinal()] = name;
		if (level == Level.PLAN) {
			names[Level.SIDE.ordinal()] = BudgetNames.PLANS.get(name);
		}
		return names;
	}

	private void emit(LineKind kind, Item item, Level level) {
		String[] names = hierarchy(level, name(level));
		emit(kind, item, names[0], names[1], names[2], names[3], names[4], names[5], null);
	}

	private void emit(LineKind kind, Item item, String side, String plan, String work, String group,
			String category, String expenseType, String itemName) {
		LayoutLine line = item.line();
		lines.add(new SourceLine(lines.size() + 1, kind, side, plan, work, group, category, expenseType, itemName,
				kind == LineKind.LINE ? item.code() : null, item.amount(), line.sheet(), line.row(), line.page(),
				item.text()));
	}

	private void problem(String code, Item item, String... arguments) {
		LayoutLine line = item.line();
		problems.add(new ParseProblem(code, List.of(arguments), line.sheet(), line.row(), line.page()));
	}

}
