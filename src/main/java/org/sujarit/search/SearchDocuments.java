package org.sujarit.search;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.SearchableActivity;
import org.sujarit.reporting.SearchableReport;

/**
 * The index's fields and how reports and activities become documents. Text fields are stored (for the
 * highlighted fragments) with offsets in the postings (so highlighting needs no re-analysis); the rest are
 * exact-match fields for filters and for the permission filter.
 */
final class SearchDocuments {

	static final String ID = "id";

	static final String KIND = "kind";

	static final String REF = "ref";

	static final String ACTIVITY = "activity";

	static final String ACTIVITY_CODE = "activity_code";

	static final String FISCAL_YEAR = "fy";

	static final String ROUND = "round";

	static final String ROUND_KIND = "round_kind";

	static final String SOURCE = "source";

	static final String AGENCY = "agency";

	static final String STATE = "state";

	static final String GROUP = "group";

	static final String TITLE = "title";

	static final String NARRATIVE = "narrative";

	static final String PROBLEMS = "problems";

	static final String SUGGESTIONS = "suggestions";

	static final String EVIDENCE = "evidence";

	static final String DESCRIPTION = "description";

	/** Searched text fields, the title first. */
	static final List<String> TEXT_FIELDS = List.of(TITLE, NARRATIVE, PROBLEMS, SUGGESTIONS, EVIDENCE, DESCRIPTION);

	private static final FieldType TEXT = textType();

	private SearchDocuments() {
	}

	static String reportKey(long id) {
		return "R" + id;
	}

	static String activityKey(long id) {
		return "A" + id;
	}

	/** The document of a report with something to find, or null (then it is removed from the index). */
	static Document report(SearchableReport report, ActivitySummary activity) {
		if (!report.hasContent()) {
			return null;
		}
		Document doc = new Document();
		doc.add(new StringField(ID, reportKey(report.id()), Field.Store.YES));
		doc.add(new StringField(KIND, SearchHit.Kind.REPORT.name(), Field.Store.YES));
		doc.add(new StoredField(REF, report.id()));
		keyword(doc, ACTIVITY, Long.toString(report.activityId()));
		keyword(doc, ACTIVITY_CODE, report.activityCode());
		keyword(doc, FISCAL_YEAR, Integer.toString(report.fiscalYear()));
		keyword(doc, ROUND, Long.toString(report.roundId()));
		keyword(doc, ROUND_KIND, report.roundKind().name());
		keyword(doc, SOURCE, report.sourceCode());
		keyword(doc, AGENCY, Long.toString(report.agencyId()));
		doc.add(new SortedSetDocValuesField(AGENCY, new BytesRef(Long.toString(report.agencyId()))));
		keyword(doc, STATE, report.state().name());
		report.workingGroups().forEach(group -> doc.add(new StringField(GROUP, group, Field.Store.NO)));
		String title = activity == null ? report.activityCode() : activity.code() + " " + activity.titleTh();
		text(doc, TITLE, title);
		text(doc, NARRATIVE, report.narrative());
		text(doc, PROBLEMS, report.problems());
		text(doc, SUGGESTIONS, report.suggestions());
		text(doc, EVIDENCE, String.join("\n", report.evidenceNames()));
		return doc;
	}

	static Document activity(SearchableActivity activity) {
		Document doc = new Document();
		doc.add(new StringField(ID, activityKey(activity.id()), Field.Store.YES));
		doc.add(new StringField(KIND, SearchHit.Kind.ACTIVITY.name(), Field.Store.YES));
		doc.add(new StoredField(REF, activity.id()));
		keyword(doc, ACTIVITY, Long.toString(activity.id()));
		keyword(doc, ACTIVITY_CODE, activity.code());
		for (int year = activity.firstFiscalYear(); year <= Math.max(activity.firstFiscalYear(), activity.lastFiscalYear()); year++) {
			keyword(doc, FISCAL_YEAR, Integer.toString(year));
		}
		keyword(doc, SOURCE, activity.sourceCode());
		text(doc, TITLE, activity.code() + " " + activity.titleTh());
		text(doc, DESCRIPTION, activity.description());
		return doc;
	}

	private static void keyword(Document doc, String field, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new StringField(field, value, Field.Store.YES));
		}
	}

	private static void text(Document doc, String field, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new Field(field, value, TEXT));
		}
	}

	private static FieldType textType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
