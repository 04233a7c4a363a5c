package org.sujarit.platform.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Spreadsheet values as plain text: numbers as plain decimals with Excel's 15 significant digits (no
 * exponent, no grouping, whatever the cell's format), dates as ISO {@code yyyy-MM-dd} (with
 * {@code THH:mm:ss} when there is a time of day, {@code HH:mm:ss} for a time alone), whatever calendar
 * the cell displays — Thai Buddhist-era formats included.
 */
final class CellValues {

	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private CellValues() {
	}

	/** {@code 1.2345E+20} → {@code 123450000000000000000}, {@code 0.30000000000000004} → {@code 0.3}. */
	static String number(String raw) {
		try {
			return plain(new BigDecimal(raw.strip()));
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "#NUM!";
		}
		return plain(new BigDecimal(Double.toString(value)));
	}

	private static String plain(BigDecimal value) {
		BigDecimal rounded = value.round(EXCEL_PRECISION).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.toPlainString();
	}

	/** A date serial number as ISO text; numbers outside Excel's date range stay numbers. */
	static String date(double serial, boolean date1904) {
		if (!DateUtil.isValidExcelDate(serial)) {
			return number(serial);
		}
		LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
		if (dateTime == null) {
			return number(serial);
		}
		boolean wholeDay = dateTime.toLocalTime().toSecondOfDay() == 0;
		if (serial < 1 && !wholeDay) {
			return dateTime.format(TIME);
		}
		return wholeDay ? dateTime.toLocalDate().toString() : dateTime.format(DATE_TIME);
	}

	/** An ISO 8601 date cell ({@code t="d"}) as the same text {@link #date} gives. */
	static String isoDate(String raw) {
		String value = raw.strip();
		int t = value.indexOf('T');
		if (t < 0) {
			return value;
		}
		String time = value.substring(t + 1);
		if (time.matches("00:00(:00(\\.0+)?)?Z?")) {
			return value.substring(0, t);
		}
		return value.length() > t + 9 ? value.substring(0, t + 9) : value;
	}

	/**
	 * Whether a number format shows a date or time. POI's check misses the Buddhist-era year codes Thai
	 * workbooks use ({@code bb}, {@code bbbb}, {@code B1}/{@code B2} calendar prefixes), so those are
	 * read as years too.
	 */
	static boolean isDateFormat(int formatIndex, String format) {
		if (format == null) {
			return DateUtil.isInternalDateFormat(formatIndex);
		}
		if (DateUtil.isADateFormat(formatIndex, format)) {
			return true;
		}
		String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "");
		if (unquoted.indexOf('b') < 0 && unquoted.indexOf('B') < 0) {
			return false;
		}
		String gregorian = unquoted.replaceAll("B[12]", "").replace('b', 'y').replace('B', 'y');
		return DateUtil.isADateFormat(-1, gregorian);
	}

}
