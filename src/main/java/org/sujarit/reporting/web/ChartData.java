package org.sujarit.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sujarit.reporting.RoundCounts;

/**
 * Chart.js configurations as JSON for {@code <canvas data-chart>}; the page script draws them, so no inline
 * script is needed (the content security policy forbids it).
 */
final class ChartData {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ChartData() {
	}

	/** A horizontal stacked bar per group: accepted, in review, returned, not submitted. */
	static String stacked(List<RoundCounts> groups, Map<String, String> labels, Function<String, String> message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", groups.stream().map(g -> shorten(labels.getOrDefault(g.group(), String.valueOf(g.group())))).toList());
		data.put("datasets", List.of(
				dataset(message.apply("reporting.dashboard.accepted"), "#1e6b35", groups.stream().map(RoundCounts::accepted).toList()),
				dataset(message.apply("reporting.dashboard.in-review"), "#0b5cad",
						groups.stream().map(g -> g.submitted() + g.approved()).toList()),
				dataset(message.apply("reporting.dashboard.returned"), "#8a5300", groups.stream().map(RoundCounts::returned).toList()),
				dataset(message.apply("reporting.dashboard.not-submitted"), "#a4161a", groups.stream().map(RoundCounts::notSubmitted).toList())));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("indexAxis", "y");
		options.put("scales", Map.of("x", Map.of("stacked", true), "y", Map.of("stacked", true)));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "bar");
		chart.put("data", data);
		chart.put("options", options);
		try {
			return JSON.writeValueAsString(chart);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> dataset(String label, String colour, List<Integer> values) {
		return Map.of("label", label, "backgroundColor", colour, "data", values);
	}

	private static String shorten(String label) {
		return label.length() > 60 ? label.substring(0, 57) + "…" : label;
	}

}
