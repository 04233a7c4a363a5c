package org.sujarit.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sujarit.directory.Directory;
import org.sujarit.directory.Province;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationSource;
import org.sujarit.reporting.Reporting.CountBy;
import org.sujarit.reporting.RoundCounts;

/**
 * Human names for the groups a round's counts are split by.
 */
@Component
class GroupLabels {

	private final Planning planning;

	private final Directory directory;

	private final MessageSource messages;

	GroupLabels(Planning planning, Directory directory, MessageSource messages) {
		this.planning = planning;
		this.directory = directory;
		this.messages = messages;
	}

	Map<String, String> of(CountBy by, List<RoundCounts> counts, Locale locale) {
		Map<String, String> labels = new HashMap<>();
		String unclassified = messages.getMessage("reporting.dashboard.unclassified", null, locale);
		switch (by) {
			case SOURCE -> planning.sources().forEach(s -> labels.put(s.code(), name(s)));
			case PROVINCE -> directory.provinces().forEach(p -> labels.put(p.code(), provinceName(p)));
			case MINISTRY -> directory
				.agencies(counts.stream()
					.map(RoundCounts::group)
					.filter(g -> g != null && g.chars().allMatch(Character::isDigit))
					.map(Long::valueOf)
					.toList())
				.forEach((id, agency) -> labels.put(id.toString(), agency.nameTh()));
			case AGENCY_TYPE, WORKING_GROUP -> counts.forEach(c -> {
				if (c.group() != null) {
					String key = (by == CountBy.AGENCY_TYPE ? "reporting.agency-type." : "reporting.working-group.") + c.group();
					labels.put(c.group(), messages.getMessage(key, null, c.group(), locale));
				}
			});
			case ROUND -> counts.forEach(c -> labels.put(c.group(), messages.getMessage("reporting.dashboard.by.ROUND", null, locale)));
		}
		counts.forEach(c -> labels.putIfAbsent(c.group(), c.group() == null ? unclassified : c.group()));
		labels.put(null, unclassified);
		return labels;
	}

	private static String name(RecommendationSource source) {
		return source.nameTh();
	}

	private static String provinceName(Province province) {
		return province.nameTh();
	}

}
