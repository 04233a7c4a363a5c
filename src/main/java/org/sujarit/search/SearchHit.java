package org.sujarit.search;

import java.util.List;

/**
 * One result. {@code titleHtml} and {@code fragments} are HTML: the text is escaped and only the matched
 * words are wrapped in {@code <mark>}. Report hits carry the report's classification; activity hits have
 * null report fields.
 */
public record SearchHit(Kind kind, long id, long activityId, String activityCode, String titleHtml,
		List<String> fragments, Integer fiscalYear, Long roundId, String roundKind, String sourceCode, Long agencyId,
		String state, float score) {

	public SearchHit {
		fragments = List.copyOf(fragments);
	}

	/** Where the hit is shown in the app. */
	public String link() {
		return kind == Kind.REPORT ? "/reporting/reports/" + id : "/planning/activities/" + id;
	}

	public enum Kind {

		REPORT, ACTIVITY

	}

}
