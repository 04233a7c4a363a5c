package org.sujarit.platform.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ThaiCalendarUnitTests {

	private static final Locale THAI = Locale.forLanguageTag("th");

	@Test
	void fiscalYearRunsFromOctoberToSeptember() {
		FiscalYear fy2565 = FiscalYear.of(2565);
		assertThat(fy2565.start()).isEqualTo(LocalDate.of(2021, 10, 1));
		assertThat(fy2565.end()).isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(FiscalYear.containing(LocalDate.of(2021, 9, 30))).isEqualTo(FiscalYear.of(2564));
		assertThat(FiscalYear.containing(LocalDate.of(2021, 10, 1))).isEqualTo(FiscalYear.of(2565));
		assertThat(FiscalYear.containing(LocalDate.of(2026, 11, 22))).isEqualTo(FiscalYear.of(2570));
		assertThat(fy2565.contains(LocalDate.of(2022, 9, 30))).isTrue();
		assertThat(fy2565.contains(LocalDate.of(2022, 10, 1))).isFalse();
	}

	@Test
	void cumulativeRoundsEndAtMonthEnds() {
		FiscalYear fy = FiscalYear.of(2568);
		assertThat(fy.endOfMonth(3)).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(fy.endOfMonth(6)).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(fy.endOfMonth(9)).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(fy.endOfMonth(12)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThatThrownBy(() -> fy.endOfMonth(13)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsGregorianYearsAsFiscalYears() {
		assertThatThrownBy(() -> FiscalYear.of(2022)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void formatsBuddhistEraDatesWithThaiMonths() {
		LocalDate date = LocalDate.of(2025, 2, 11);
		assertThat(ThaiCalendar.longDate(date, THAI)).isEqualTo("11 กุมภาพันธ์ 2568");
		assertThat(ThaiCalendar.shortDate(date, THAI)).isEqualTo("11 ก.พ. 68");
		assertThat(ThaiCalendar.longDate(date, Locale.ENGLISH)).isEqualTo("11 Feb 2568 BE");
	}

	@Test
	void showsBangkokWallClockTime() {
		// 17:30 UTC on 31 Dec is already 1 Jan in Bangkok (UTC+7)
		Instant instant = Instant.parse("2024-12-31T17:30:00Z");
		assertThat(ThaiCalendar.dateTime(instant, THAI)).isEqualTo("1 ม.ค. 68 00:30 น.");
	}

	@Test
	void convertsBetweenThaiAndArabicDigits() {
		assertThat(ThaiDigits.toThai("ปี 2565 ข้อ 1.2")).isEqualTo("ปี ๒๕๖๕ ข้อ ๑.๒");
		assertThat(ThaiDigits.toArabic("๔๗๘.๙๒๘๙ ล้านบาท")).isEqualTo("478.9289 ล้านบาท");
		assertThat(ThaiDigits.toArabic(ThaiDigits.toThai("0123456789"))).isEqualTo("0123456789");
	}

	@Test
	void formatsMoneyWithThousandsSeparators() {
		assertThat(ThaiNumbers.money(new BigDecimal("1933300"))).isEqualTo("1,933,300.00");
		assertThat(ThaiNumbers.money(new BigDecimal("0.005"))).isEqualTo("0.01");
		assertThat(ThaiNumbers.percent(new BigDecimal("80.263"))).isEqualTo("80.3");
		assertThat(ThaiNumbers.number(7849)).isEqualTo("7,849");
	}

}
