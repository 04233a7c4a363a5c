package org.sujarit.nationalreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * OpenPDF may break Thai lines between words only, never inside one (and so never between a consonant and
 * its marks); a reused buffer with new text gets its own breaks; printed grouped rows show each group once.
 */
class ThaiLineBreaksUnitTests {

	@Test
	void breaksFallBetweenThaiWords() {
		char[] text = "การยกระดับค่าคะแนนดัชนีการรับรู้การทุจริต".toCharArray();
		ThaiLineBreaks breaks = new ThaiLineBreaks();
		List<String> words = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length; i++) {
			if (breaks.isSplitCharacter(0, i, text.length, text, null)) {
				words.add(new String(text, start, i + 1 - start));
				start = i + 1;
			}
		}
		assertThat(words).containsExactly("การ", "ยก", "ระดับ", "ค่า", "คะแนน", "ดัชนี", "การ", "รับ", "รู้", "การ", "ทุจริต");
	}

	@Test
	void aBufferReusedForAnotherTextIsReadAgain() {
		ThaiLineBreaks breaks = new ThaiLineBreaks();
		char[] buffer = new char[20];
		"ผู้ใหญ่ที่น้ำ".getChars(0, 13, buffer, 0);
		assertThat(breaks.isSplitCharacter(0, 6, 13, buffer, null)).isTrue();
		assertThat(breaks.isSplitCharacter(0, 2, 13, buffer, null)).isFalse();
		"น้ำปี่กี่ตุ๊กตา".getChars(0, 15, buffer, 0);
		assertThat(breaks.isSplitCharacter(0, 0, 15, buffer, null)).isFalse();
		assertThat(breaks.isSplitCharacter(0, 2, 15, buffer, null)).isTrue();
	}

	@Test
	void groupedCellsShowAGroupOnItsFirstRowOnly() {
		GroupedCells cells = new GroupedCells(2);
		assertThat(cells.print(List.of("ก", "๑", "x"))).containsExactly("ก", "๑", "x");
		assertThat(cells.print(List.of("ก", "๑", "y"))).containsExactly(null, null, "y");
		assertThat(cells.print(List.of("ก", "๒", "z"))).containsExactly(null, "๒", "z");
		// a new first-level group shows the second level again even if its value repeats
		assertThat(cells.print(List.of("ข", "๒", "z"))).containsExactly("ข", "๒", "z");
		cells.reset();
		assertThat(cells.print(List.of("ข", "๒", "z"))).containsExactly("ข", "๒", "z");
	}

}
