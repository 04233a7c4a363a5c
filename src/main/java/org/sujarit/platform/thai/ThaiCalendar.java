package org.sujarit.platform.thai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Buddhist Era dates with Thai (or English) month names. Dates are stored Gregorian; this is display only.
 */
public final class ThaiCalendar {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final String[] THAI_MONTHS = { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
			"มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" };

	private static final String[] THAI_MONTHS_SHORT = { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
			"ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." };

	private static final String[] ENGLISH_MONTHS_SHORT = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
			"Sep", "Oct", "Nov", "Dec" };

	private ThaiCalendar() {
	}

	public static int buddhistYear(LocalDate date) {
		return date.getYear() + FiscalYear.BE_OFFSET;
	}

	/** "22 พฤศจิกายน 2569" in Thai, "22 Nov 2569 BE" in English. */
	public static String longDate(LocalDate date, Locale locale) {
		if (isThai(locale)) {
			return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
		}
		return date.getDayOfMonth() + " " + ENGLISH_MONTHS_SHORT[date.getMonthValue() - 1] + " "
				+ buddhistYear(date) + " BE";
	}

	/** "22 พ.ย. 69" in Thai (the form used in tables), "22 Nov 2569" in English. */
	public static String shortDate(LocalDate date, Locale locale) {
		if (isThai(locale)) {
			return date.getDayOfMonth() + " " + THAI_MONTHS_SHORT[date.getMonthValue() - 1] + " "
					+ String.format("%02d", buddhistYear(date) % 100);
		}
		return date.getDayOfMonth() + " " + ENGLISH_MONTHS_SHORT[date.getMonthValue() - 1] + " " + buddhistYear(date);
	}

	/** Date and Bangkok wall-clock time: "22 พ.ย. 69 14:05 น.". */
	public static String dateTime(Instant instant, Locale locale) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, BANGKOK);
		String time = String.format("%02d:%02d", local.getHour(), local.getMinute());
		return shortDate(local.toLocalDate(), locale) + " " + time + (isThai(locale) ? " น." : "");
	}

	public static String monthName(int month, Locale locale) {
		return isThai(locale) ? THAI_MONTHS[month - 1] : ENGLISH_MONTHS_SHORT[month - 1];
	}

	public static LocalDate today() {
		return LocalDate.now(BANGKOK);
	}

	static boolean isThai(Locale locale) {
		return locale == null || "th".equals(locale.getLanguage());
	}

}
