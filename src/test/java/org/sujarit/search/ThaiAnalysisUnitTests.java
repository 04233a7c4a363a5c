package org.sujarit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.reporting.ReportState;
import org.sujarit.reporting.RoundKind;
import org.sujarit.reporting.SearchableReport;

/**
 * Thai text becomes words, not substrings: the cases the search page must get right.
 */
class ThaiAnalysisUnitTests {

	private final Analyzer index = ThaiAnalysis.forIndex();

	private final Analyzer query = ThaiAnalysis.forQuery();

	@Test
	void segmentsThaiIntoWordsAndDropsStopWords() {
		assertThat(ThaiAnalysis.terms(query, "การยกระดับค่าคะแนนดัชนีการรับรู้การทุจริต"))
			.containsExactly("ยก", "ระดับ", "ค่า", "คะแนน", "ดัชนี", "รับ", "รู้", "ทุจริต");
	}

	@Test
	void compoundsAlsoYieldTheirParts() {
		assertThat(ThaiAnalysis.terms(query, "การติดสินบน")).containsExactly("ติดสินบน");
		assertThat(ThaiAnalysis.terms(index, "การติดสินบน")).contains("ติดสินบน", "สินบน");
		assertThat(ThaiAnalysis.terms(index, "ปีงบประมาณ")).contains("ปีงบประมาณ", "งบประมาณ");
	}

	@Test
	void thaiDigitsAreArabicDigits() {
		assertThat(ThaiAnalysis.terms(query, "๒๕๖๕")).containsExactly("2565");
		assertThat(ThaiAnalysis.terms(index, "ปีงบประมาณ พ.ศ. 2565")).contains("2565");
	}

	@Test
	void fileNamesSplitAtUnderscoresAndDots() {
		assertThat(ThaiAnalysis.terms(index, "หลักฐาน_สินบน.PDF")).contains("หลักฐาน", "สินบน", "pdf");
	}

	@Test
	void aPartOfAWordThatIsNotAWordFindsNothing() {
		// ชน is inside ประชาชน but is not one of its words: no substring matching
		assertThat(ThaiAnalysis.terms(index, "ประชาชน")).doesNotContain("ชน");
	}

	@Test
	void searchesFindCompoundsAndDigitsInAnIndex(@TempDir Path dir) throws Exception {
		try (FSDirectory directory = FSDirectory.open(dir);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index))) {
			writer.addDocument(doc(1, "ตรวจพบการติดสินบนเจ้าหน้าที่ในการจัดซื้อ"));
			writer.addDocument(doc(2, "มาตรการป้องกันการทุจริตคอร์รัปชันในปีงบประมาณ ๒๕๖๕"));
			writer.addDocument(doc(3, "อบรมเจ้าหน้าที่เรื่องความโปร่งใส"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(found(searcher, "สินบน")).containsExactly(1L);
				assertThat(found(searcher, "ทุจริต")).containsExactly(2L);
				assertThat(found(searcher, "การทุจริตคอร์รัปชัน")).containsExactly(2L);
				assertThat(found(searcher, "2565")).containsExactly(2L);
				assertThat(found(searcher, "๒๕๖๕")).containsExactly(2L);
				assertThat(found(searcher, "เจ้าหน้าที่")).containsExactlyInAnyOrder(1L, 3L);
				assertThat(found(searcher, "ติดสินบน เจ้าหน้าที่")).containsExactly(1L);
				assertThat(found(searcher, "ชน")).isEmpty();
			}
		}
	}

	private List<Long> found(IndexSearcher searcher, String text) throws Exception {
		var query = Search.matches(ThaiAnalysis.terms(this.query, text));
		var top = searcher.search(query, 10);
		List<Long> ids = new java.util.ArrayList<>();
		for (var hit : top.scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).getField(SearchDocuments.REF).numericValue().longValue());
		}
		return ids;
	}

	private static Document doc(long id, String narrative) {
		return SearchDocuments.report(new SearchableReport(id, 1, 2565, RoundKind.M12, 10, "A65-001", 5, "SENATE",
				java.util.Set.of("BRIBERY"), ReportState.DRAFT, narrative, null, null, List.of(), java.time.Instant.now()),
				null);
	}

}
