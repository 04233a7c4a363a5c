package org.sujarit.platform.thai;

import java.time.LocalDate;

/**
 * Thai government fiscal year (ปีงบประมาณ), named by its Buddhist Era year: FY N runs from 1 October of
 * B.E. N−1 to 30 September of B.E. N.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

	/** Gregorian to Buddhist Era year offset. */
	public static final int BE_OFFSET = 543;

	public FiscalYear {
		if (buddhistYear < 2400 || buddhistYear > 2800) {
			throw new IllegalArgumentException("Fiscal year must be a Buddhist Era year, got " + buddhistYear);
		}
	}

	public static FiscalYear of(int buddhistYear) {
		return new FiscalYear(buddhistYear);
	}

	public static FiscalYear containing(LocalDate date) {
		int gregorian = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
		return new FiscalYear(gregorian + BE_OFFSET);
	}

	public LocalDate start() {
		return LocalDate.of(buddhistYear - BE_OFFSET - 1, 10, 1);
	}

	public LocalDate end() {
		return LocalDate.of(buddhistYear - BE_OFFSET, 9, 30);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** Last day of the cumulative reporting period ending {@code months} months into the year (3, 6, 9, 12). */
	public LocalDate endOfMonth(int months) {
		if (months < 1 || months > 12) {
			throw new IllegalArgumentException("months must be 1..12, got " + months);
		}
		LocalDate firstOfNext = start().plusMonths(months);
		return firstOfNext.minusDays(1);
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(buddhistYear, other.buddhistYear);
	}

	@Override
	public String toString() {
		return Integer.toString(buddhistYear);
	}

}
