package org.sujarit.opendata.ingest;

import java.math.BigDecimal;

/**
 * One line read from an uploaded budget file, before validation: the DLA hierarchy as printed (Thai
 * names and codes where the file has them), the amount in baht and where in the file it came from.
 *
 * @param ordinal position in the file, from 1
 * @param kind a budget line, a heading, or a printed total the validator checks against the lines
 * @param side ด้าน (one of 4), if printed
 * @param plan แผนงาน (one of 12)
 * @param work งาน
 * @param budgetGroup งบ (one of 6)
 * @param category หมวด
 * @param expenseType ประเภทรายจ่าย
 * @param item รายการ/โครงการ
 * @param expenseCode e-LAAS 7-digit expense code, if printed
 * @param amount baht; null when the line prints none; "-" reads as zero
 * @param sheet sheet name (spreadsheets) or null
 * @param row 1-based row (spreadsheets, CSV) or null
 * @param page 1-based page (PDF) or null
 * @param text the line's printed text, for the validation report
 */
public record SourceLine(int ordinal, LineKind kind, String side, String plan, String work, String budgetGroup,
		String category, String expenseType, String item, String expenseCode, BigDecimal amount, String sheet,
		Integer row, Integer page, String text) {

	public enum LineKind {

		/** A budget line with an amount (the data). */
		LINE,

		/** A heading (แผนงาน, งาน, งบ, หมวด...) without its own amount, or whose amount is its lines' sum. */
		HEADING,

		/** A printed total of one แผนงาน. */
		PLAN_TOTAL,

		/** A printed total of one งบ (within a แผนงาน/งาน, as printed). */
		GROUP_TOTAL,

		/** The printed grand total of the document. */
		GRAND_TOTAL

	}

}
