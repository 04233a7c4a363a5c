package org.sujarit.nationalreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.sujarit.platform.thai.ThaiCalendar;
import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.platform.thai.ThaiNumbers;

/**
 * The report's words and numbers in its language: Thai texts write numbers in Thai digits (๑ ๒ ๓), as
 * official documents do, and years in the Buddhist Era; English texts keep Arabic digits.
 */
final class ReportText {

	private final MessageSource messages;

	private final Locale locale;

	ReportText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Locale locale() {
		return locale;
	}

	boolean thai() {
		return !"en".equals(locale.getLanguage());
	}

	/** A message with its arguments; numbers among them should be formatted already. */
	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** A message of another module's bundle, or the fallback when it has none. */
	String getOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

	String digits(String text) {
		return thai() ? ThaiDigits.toThai(text) : text;
	}

	String number(long value) {
		return digits(ThaiNumbers.number(value));
	}

	String decimal(BigDecimal value) {
		return digits(ThaiNumbers.number(value));
	}

	/** A cell value as text: numbers in the report's digits, anything else as it is. */
	String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal(decimal);
		}
		if (value instanceof Number number) {
			return number(number.longValue());
		}
		return value.toString();
	}

	/** A B.E. year in the report's digits, e.g. ๒๕๖๙. */
	String year(int buddhistYear) {
		return digits(Integer.toString(buddhistYear));
	}

	/** "22 พฤศจิกายน ๒๕๖๙" (Thai month names, B.E.). */
	String date(LocalDate date) {
		return digits(ThaiCalendar.longDate(date, locale));
	}

	/** A signed difference: +๖, -๒, ๐. */
	String signed(int difference) {
		return digits(difference > 0 ? "+" + difference : Integer.toString(difference));
	}

}
