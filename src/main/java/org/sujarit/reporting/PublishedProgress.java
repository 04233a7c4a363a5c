package org.sujarit.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A published round's accepted progress for the public, grouped recommendation source → item → activity,
 * with counts for every source of the round (whatever the filter). Only accepted reports carry a status
 * and narrative; {@code agencies} of an activity are all the agencies expected to report on it in the
 * round. Holds no personal data: agencies, never users.
 */
public record PublishedProgress(Round round, String sourceFilter, List<SourceCount> counts,
		List<SourceGroup> sources) {

	public PublishedProgress {
		counts = List.copyOf(counts);
		sources = List.copyOf(sources);
	}

	/** Activities with accepted progress in the groups shown. */
	public int activityCount() {
		return sources.stream().flatMap(s -> s.items().stream()).mapToInt(i -> i.activities().size()).sum();
	}

	/** One source's numbers in the round: activities and reports expected, and those accepted. */
	public record SourceCount(String sourceCode, String sourceNameTh, int activities, int activitiesWithProgress,
			int expectedReports, int acceptedReports) {
	}

	public record SourceGroup(String code, String nameTh, List<ItemGroup> items) {

		public SourceGroup {
			items = List.copyOf(items);
		}

	}

	public record ItemGroup(String code, String titleTh, List<ActivityProgress> activities) {

		public ItemGroup {
			activities = List.copyOf(activities);
		}

	}

	public record ActivityProgress(long activityId, String code, String titleTh, String timeframeTh,
			List<AgencyName> agencies, List<AgencyProgress> progress) {

		public ActivityProgress {
			agencies = List.copyOf(agencies);
			progress = List.copyOf(progress);
		}

	}

	/** A responsible agency and its part (LEAD or CO). */
	public record AgencyName(String nameTh, String role) {
	}

	/** One agency's accepted report. */
	public record AgencyProgress(String agencyNameTh, String role, ProgressStatus status, String narrative,
			LocalDate acceptedOn) {
	}

}
