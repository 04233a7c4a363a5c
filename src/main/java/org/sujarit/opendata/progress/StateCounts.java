package org.sujarit.opendata.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.sujarit.directory.RegistrationGroup;

/**
 * How many LAOs are in each state, and what share of {@code total} that is (percent with one decimal, the
 * registration rate's arithmetic).
 */
public record StateCounts(int total, Map<ProgressState, Integer> counts, Map<ProgressState, BigDecimal> percents) {

	public StateCounts {
		counts = Collections.unmodifiableMap(inOrder(counts));
		percents = Collections.unmodifiableMap(inOrder(percents));
	}

	static StateCounts of(Collection<ProgressState> states) {
		Map<ProgressState, Integer> counts = new EnumMap<>(ProgressState.class);
		for (ProgressState state : ProgressState.values()) {
			counts.put(state, 0);
		}
		states.forEach(state -> counts.merge(state, 1, Integer::sum));
		Map<ProgressState, BigDecimal> percents = new EnumMap<>(ProgressState.class);
		counts.forEach((state, count) -> percents.put(state, RegistrationGroup.percent(count, states.size())));
		return new StateCounts(states.size(), counts, percents);
	}

	/** In state order, so the JSON lists them as the page does. */
	private static <V> Map<ProgressState, V> inOrder(Map<ProgressState, V> values) {
		Map<ProgressState, V> ordered = new EnumMap<>(ProgressState.class);
		ordered.putAll(values);
		return ordered;
	}

	public int count(ProgressState state) {
		return counts.getOrDefault(state, 0);
	}

	public BigDecimal percent(ProgressState state) {
		return percents.getOrDefault(state, BigDecimal.ZERO);
	}

}
