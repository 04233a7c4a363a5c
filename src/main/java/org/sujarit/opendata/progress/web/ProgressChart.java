package org.sujarit.opendata.progress.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sujarit.opendata.progress.ProgressGroup;
import org.sujarit.opendata.progress.ProgressState;

/**
 * The Chart.js configuration (JSON for {@code <canvas data-chart>}, drawn by static/js/sujarit.js: no inline
 * script) of the states by type of LAO: one horizontal bar per type, split into its states' shares, so the
 * 76 PAOs and the 5,300 SAOs compare at a glance.
 */
final class ProgressChart {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One colour per state, in {@link ProgressState} order; AA contrast on white. */
	private static final Map<ProgressState, String> COLOURS = Map.of(ProgressState.NOT_STARTED, "#6b7280",
			ProgressState.UPLOADED, "#0b5cad", ProgressState.INVALID, "#a4161a", ProgressState.VALID, "#0f766e",
			ProgressState.PUBLISHED, "#1e6b35", ProgressState.OUT_OF_DATE, "#8a5300");

	private ProgressChart() {
	}

	static String byType(List<ProgressGroup> types, Function<String, String> message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", types.stream().map(g -> message.apply("directory.agency-type." + g.type())).toList());
		data.put("datasets", Arrays.stream(ProgressState.values())
			.map(state -> Map.of("label", message.apply("opendata.progress.state." + state), "backgroundColor",
					COLOURS.get(state), "data", types.stream().map(g -> g.counts().percent(state)).toList()))
			.toList());
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("indexAxis", "y");
		options.put("scales", Map.of("x", Map.of("stacked", true, "min", 0, "max", 100, "title",
				Map.of("display", true, "text", message.apply("opendata.progress.chart.axis"))), "y",
				Map.of("stacked", true)));
		try {
			return JSON.writeValueAsString(Map.of("type", "bar", "data", data, "options", options));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
