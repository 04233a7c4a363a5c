package org.sujarit.opendata.ingest;

import java.util.Locale;

import org.sujarit.opendata.ingest.SourceLine.LineKind;

/**
 * Tells total rows from budget lines in tables people fill in: a {@code row_type} flag when there is one
 * ({@code PLAN_TOTAL}, {@code GROUP_TOTAL}, {@code GRAND_TOTAL}, {@code HEADING} or the Thai
 * รวมแผนงาน/รวมงบ/รวมทั้งสิ้น/หัวข้อ), otherwise an item that starts with "รวม": รวมทั้งสิ้น is the grand total,
 * รวมแผนงาน… a แผนงาน's, รวมงบ… a งบ's, and a bare รวม… the total of the งบ (or else the แผนงาน) named on its row.
 */
public final class RowKinds {

	private RowKinds() {
	}

	public static LineKind of(String flag, String item, String plan, String group) {
		String mark = compact(flag);
		switch (mark) {
			case "plan_total", "plan-total", "รวมแผนงาน" -> {
				return LineKind.PLAN_TOTAL;
			}
			case "group_total", "group-total", "รวมงบ" -> {
				return LineKind.GROUP_TOTAL;
			}
			case "grand_total", "grand-total", "รวมทั้งสิ้น" -> {
				return LineKind.GRAND_TOTAL;
			}
			case "heading", "หัวข้อ" -> {
				return LineKind.HEADING;
			}
			default -> {
			}
		}
		boolean flagged = !mark.isEmpty() && !mark.equals("line") && !mark.equals("รายการ");
		String text = compact(item);
		if (text.startsWith("รวมทั้งสิ้น") || text.startsWith("ยอดรวมทั้งสิ้น") || text.equals("grandtotal")) {
			return LineKind.GRAND_TOTAL;
		}
		if (text.startsWith("รวมแผนงาน")) {
			return LineKind.PLAN_TOTAL;
		}
		if (text.startsWith("รวมงบ")) {
			return LineKind.GROUP_TOTAL;
		}
		if (text.startsWith("รวม") || flagged) {
			if (!compact(group).isEmpty()) {
				return LineKind.GROUP_TOTAL;
			}
			return compact(plan).isEmpty() ? LineKind.GRAND_TOTAL : LineKind.PLAN_TOTAL;
		}
		return LineKind.LINE;
	}

	private static String compact(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u200B]+", "");
	}

}
