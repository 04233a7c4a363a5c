package org.sujarit.reporting;

import java.time.Instant;

/**
 * An activity's latest accepted progress: the accepted report of the most recent round in which the
 * activity has one (the lead agency's first), with a short excerpt of its narrative. {@code acceptedInRound}
 * counts the activity's accepted reports in that round. {@code readable} says whether the signed-in user may
 * open the report itself ({@code /reporting/reports/{reportId}}); the excerpt is shown to every signed-in
 * user.
 */
public record LatestProgress(long activityId, long reportId, long agencyId, String agencyRole, long roundId,
		int fiscalYear, RoundKind roundKind, String roundTitleTh, boolean roundPublished, ProgressStatus status,
		String excerpt, Instant acceptedAt, int acceptedInRound, boolean readable) {

	/** How much of the narrative an excerpt keeps. */
	public static final int EXCERPT_LENGTH = 280;

	static String excerpt(String narrative) {
		if (narrative == null) {
			return null;
		}
		String text = narrative.strip().replaceAll("\\s+", " ");
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
	}

}
