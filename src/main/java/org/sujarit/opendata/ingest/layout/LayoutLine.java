package org.sujarit.opendata.ingest.layout;

/**
 * One printed line of a budget document, whatever file it came from: what {@link LayoutRecogniser} reads.
 *
 * @param text the line's words left of the amount (may itself end in "จำนวน 50,000 บาท" when typed so)
 * @param indent how far right the text starts, in rough character widths (leading spaces, spreadsheet
 *        column offset or PDF x position); only comparisons between lines of one file mean anything
 * @param amount the right-hand amount cell or column as printed, or null when the line has none apart
 *        from its text
 * @param sheet spreadsheet sheet, or null
 * @param row 1-based spreadsheet row, or the line's number on its PDF page
 * @param page 1-based PDF page, or null
 */
record LayoutLine(String text, int indent, String amount, String sheet, Integer row, Integer page) {

	static LayoutLine ofText(String text) {
		int indent = 0;
		while (indent < text.length() && text.charAt(indent) == ' ') {
			indent++;
		}
		return new LayoutLine(text, indent, null, null, null, null);
	}

}
