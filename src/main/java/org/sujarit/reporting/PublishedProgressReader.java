package org.sujarit.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationSource;
import org.sujarit.reporting.AcceptedProgressRepository.PublishedRow;
import org.sujarit.reporting.PublishedProgress.ActivityProgress;
import org.sujarit.reporting.PublishedProgress.AgencyName;
import org.sujarit.reporting.PublishedProgress.AgencyProgress;
import org.sujarit.reporting.PublishedProgress.ItemGroup;
import org.sujarit.reporting.PublishedProgress.SourceCount;
import org.sujarit.reporting.PublishedProgress.SourceGroup;

/**
 * Builds a published round's accepted progress, grouped recommendation source → item → activity in the
 * plan's order (sources, then items, then activity codes).
 */
@Component
class PublishedProgressReader {

	private final AcceptedProgressRepository progress;

	private final Planning planning;

	private final Directory directory;

	PublishedProgressReader(AcceptedProgressRepository progress, Planning planning, Directory directory) {
		this.progress = progress;
		this.planning = planning;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	PublishedProgress read(Round round, String sourceCode) {
		Map<String, String> sourceNames = planning.sources()
			.stream()
			.collect(Collectors.toMap(RecommendationSource::code, RecommendationSource::nameTh, (a, b) -> a,
					LinkedHashMap::new));
		List<SourceCount> counts = progress.counts(round.id())
			.stream()
			.map(c -> new SourceCount(c.sourceCode(), c.sourceCode() == null ? null : sourceNames.getOrDefault(c.sourceCode(), c.sourceCode()),
					c.activities(), c.withProgress(), c.expected(), c.accepted()))
			.toList();
		List<PublishedRow> rows = progress.published(round.id(), sourceCode);
		Map<Long, List<PublishedRow>> byActivity = rows.stream()
			.collect(Collectors.groupingBy(PublishedRow::activityId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, ActivitySummary> activities = planning.activities(byActivity.keySet());
		Map<Long, String> agencies = new LinkedHashMap<>();
		directory.agencies(rows.stream().map(PublishedRow::agencyId).distinct().toList())
			.forEach((id, agency) -> agencies.put(id, agency.nameTh()));

		// plan order first (the planning facade returns activities sorted), then any the plan no longer has
		List<Long> order = new ArrayList<>(activities.keySet());
		byActivity.keySet().stream().filter(id -> !activities.containsKey(id)).forEach(order::add);
		Map<String, Map<String, List<ActivityProgress>>> tree = new LinkedHashMap<>();
		Map<String, String> itemTitles = new LinkedHashMap<>();
		for (Long id : order) {
			List<PublishedRow> reports = byActivity.get(id);
			if (reports == null) {
				continue;
			}
			ActivitySummary activity = activities.get(id);
			String source = activity != null ? activity.sourceCode() : reports.get(0).sourceCode();
			String item = activity != null ? activity.itemCode() : "";
			itemTitles.putIfAbsent(source + "\u0000" + item, activity != null ? activity.itemTitleTh() : "");
			tree.computeIfAbsent(source, s -> new LinkedHashMap<>())
				.computeIfAbsent(item, i -> new ArrayList<>())
				.add(activity(id, activity, reports, agency -> agencies.getOrDefault(agency, Long.toString(agency))));
		}
		List<SourceGroup> sources = new ArrayList<>();
		tree.forEach((source, items) -> sources.add(new SourceGroup(source, sourceNames.getOrDefault(source, source),
				items.entrySet()
					.stream()
					.map(e -> new ItemGroup(e.getKey(), itemTitles.get(source + "\u0000" + e.getKey()), e.getValue()))
					.toList())));
		return new PublishedProgress(round, sourceCode, counts, sources);
	}

	private static ActivityProgress activity(long id, ActivitySummary activity, List<PublishedRow> reports,
			Function<Long, String> agencyName) {
		List<AgencyName> agencies = new ArrayList<>();
		List<AgencyProgress> accepted = new ArrayList<>();
		for (PublishedRow report : reports) {
			String name = agencyName.apply(report.agencyId());
			agencies.add(new AgencyName(name, report.agencyRole()));
			if (report.accepted()) {
				accepted.add(new AgencyProgress(name, report.agencyRole(), report.status(), report.narrative(), report.acceptedOn()));
			}
		}
		return new ActivityProgress(id, activity != null ? activity.code() : reports.get(0).activityCode(),
				activity != null ? activity.titleTh() : "", activity != null ? activity.timeframeTh() : null, agencies,
				accepted);
	}

}
