package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.reporting.TextDiff.Kind;
import org.sujarit.reporting.TextDiff.Piece;

class TextDiffUnitTests {

	@Test
	void findsChangedThaiWordsWithoutSpaces() {
		List<Piece> pieces = TextDiff.between("จัดอบรมเจ้าหน้าที่สามรุ่น", "จัดอบรมเจ้าหน้าที่สี่รุ่น");
		assertThat(pieces).contains(new Piece(Kind.DELETED, "สาม"), new Piece(Kind.INSERTED, "สี่"));
		assertThat(pieces.get(0)).isEqualTo(new Piece(Kind.SAME, "จัดอบรมเจ้าหน้าที่"));
	}

	@Test
	void identicalTextsHaveOnlyCommonPieces() {
		assertThat(TextDiff.between("ไม่เปลี่ยน", "ไม่เปลี่ยน")).extracting(Piece::kind).containsOnly(Kind.SAME);
	}

	@Test
	void handlesEmptySides() {
		assertThat(TextDiff.between(null, "ใหม่")).containsExactly(new Piece(Kind.INSERTED, "ใหม่"));
		assertThat(TextDiff.between("เก่า", "")).containsExactly(new Piece(Kind.DELETED, "เก่า"));
	}

}
