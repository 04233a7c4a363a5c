package org.sujarit.platform.thai;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Display helpers for templates ({@code ${@thai.date(x)}}), honouring the reader's language and their
 * choice of Thai digits (เลขไทย), which is kept in the request attribute set by {@code ThaiDigitsFilter}.
 */
@Component("thai")
public class ThaiText {

	/** Request attribute (and cookie) naming the reader's digit preference. */
	public static final String DIGITS = "sujarit.digits";

	public String date(LocalDate date) {
		return date == null ? "" : digits(ThaiCalendar.longDate(date, locale()));
	}

	public String shortDate(LocalDate date) {
		return date == null ? "" : digits(ThaiCalendar.shortDate(date, locale()));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : digits(ThaiCalendar.dateTime(instant, locale()));
	}

	public String money(BigDecimal amount) {
		return amount == null ? "" : digits(ThaiNumbers.money(amount));
	}

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
		return digits(ThaiNumbers.number(decimal));
	}

	public String percent(BigDecimal value) {
		return value == null ? "" : digits(ThaiNumbers.percent(value));
	}

	public String year(Integer buddhistYear) {
		return buddhistYear == null ? "" : digits(buddhistYear.toString());
	}

	/** Any text whose digits follow the reader's preference. */
	public String digits(String text) {
		return text != null && thaiDigits() ? ThaiDigits.toThai(text) : text;
	}

	public boolean thaiDigits() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes != null
				&& Boolean.TRUE.equals(attributes.getAttribute(DIGITS, RequestAttributes.SCOPE_REQUEST));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
