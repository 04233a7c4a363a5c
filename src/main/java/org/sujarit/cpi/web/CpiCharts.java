package org.sujarit.cpi.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.CountryYear;

/**
 * Chart.js configurations as JSON for {@code <canvas data-chart>}, drawn by static/js/sujarit.js (no
 * inline script: the content security policy forbids it).
 */
final class CpiCharts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String BLUE = "#0b5cad";

	private static final String RED = "#a4161a";

	private static final String BAND = "rgba(11, 92, 173, 0.15)";

	private CpiCharts() {
	}

	/** Score (left axis) with its 90% confidence band, and rank (right axis, best at the top). */
	static String history(List<CountryYear> history, Function<Integer, String> yearLabel,
			Function<String, String> message) {
		List<CountryYear> scored = history.stream().filter(CountryYear::scored).toList();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", scored.stream().map(r -> yearLabel.apply(r.year())).toList());
		List<Object> datasets = new ArrayList<>();
		datasets.add(band(message.apply("cpi.chart.ci-low"), scored.stream().map(r -> (Object) r.ciLow()).toList(), false));
		datasets.add(band(message.apply("cpi.chart.ci-high"), scored.stream().map(r -> (Object) r.ciHigh()).toList(), true));
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("label", message.apply("cpi.chart.score"));
		score.put("data", scored.stream().map(CountryYear::score).toList());
		score.put("borderColor", BLUE);
		score.put("backgroundColor", BLUE);
		score.put("yAxisID", "y");
		datasets.add(score);
		Map<String, Object> rank = new LinkedHashMap<>();
		rank.put("label", message.apply("cpi.chart.rank"));
		rank.put("data", scored.stream().map(CountryYear::rank).toList());
		rank.put("borderColor", RED);
		rank.put("backgroundColor", RED);
		rank.put("borderDash", List.of(6, 4));
		rank.put("yAxisID", "y1");
		datasets.add(rank);
		data.put("datasets", datasets);
		Map<String, Object> scales = new LinkedHashMap<>();
		scales.put("y", Map.of("position", "left", "suggestedMin", 25, "suggestedMax", 45, "title",
				Map.of("display", true, "text", message.apply("cpi.chart.score"))));
		scales.put("y1", Map.of("position", "right", "reverse", true, "grid", Map.of("drawOnChartArea", false), "title",
				Map.of("display", true, "text", message.apply("cpi.chart.rank"))));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("scales", scales);
		options.put("interaction", Map.of("mode", "index", "intersect", false));
		return chart("line", data, options);
	}

	/** One source's score over the years (whole numbers, as TI publishes them). */
	static String sourceHistory(List<org.sujarit.cpi.SourceChange> history, Function<Integer, String> yearLabel,
			String seriesLabel) {
		List<org.sujarit.cpi.SourceChange> scored = history.stream().filter(c -> c.current() != null).toList();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", seriesLabel);
		dataset.put("data", scored.stream().map(c -> c.current().whole()).toList());
		dataset.put("borderColor", BLUE);
		dataset.put("backgroundColor", BLUE);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", scored.stream().map(c -> yearLabel.apply(c.current().year())).toList());
		data.put("datasets", List.of(dataset));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("scales", Map.of("y", Map.of("suggestedMin", 20, "suggestedMax", 50)));
		options.put("plugins", Map.of("legend", Map.of("display", false)));
		return chart("line", data, options);
	}

	/** Horizontal bars of one year's scores, Thailand highlighted. */
	static String comparison(List<CountryYear> countries, Function<CountryYear, String> label, String seriesLabel) {
		List<CountryYear> scored = countries.stream().filter(CountryYear::scored).toList();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("label", seriesLabel);
		dataset.put("data", scored.stream().map(CountryYear::score).toList());
		dataset.put("backgroundColor",
				scored.stream().map(c -> Cpi.THAILAND.equals(c.countryCode()) ? RED : BLUE).toList());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("labels", scored.stream().map(label).toList());
		data.put("datasets", List.of(dataset));
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("indexAxis", "y");
		options.put("scales", Map.of("x", Map.of("min", 0, "max", 100)));
		options.put("plugins", Map.of("legend", Map.of("display", false)));
		return chart("bar", data, options);
	}

	private static Map<String, Object> band(String label, List<Object> values, boolean fillToPrevious) {
		Map<String, Object> band = new LinkedHashMap<>();
		band.put("label", label);
		band.put("data", values);
		band.put("borderWidth", 0);
		band.put("pointRadius", 0);
		band.put("borderColor", BAND);
		band.put("backgroundColor", BAND);
		band.put("fill", fillToPrevious ? "-1" : false);
		band.put("yAxisID", "y");
		return band;
	}

	private static String chart(String type, Map<String, Object> data, Map<String, Object> options) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("data", data);
		chart.put("options", options);
		try {
			return JSON.writeValueAsString(chart);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
