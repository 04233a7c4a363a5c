package org.sujarit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every request's latency and outcome, by request type; percentiles by the nearest-rank method over all
 * samples (no histogram buckets).
 */
final class Latencies {

	private static final long SLOW_NANOS = 1_000_000_000L;

	private final Map<String, Samples> byType = new LinkedHashMap<>();

	private final long origin = System.nanoTime();

	/** Requests slower than {@link #SLOW_NANOS} by the second of the run they started in. */
	private final Map<Long, Integer> slowBySecond = new java.util.TreeMap<>();

	synchronized void add(String type, long nanos, boolean ok) {
		byType.computeIfAbsent(type, t -> new Samples()).add(nanos, ok);
		if (nanos > SLOW_NANOS) {
			slowBySecond.merge((System.nanoTime() - nanos - origin) / 1_000_000_000L, 1, Integer::sum);
		}
	}

	/**
	 * When the requests slower than a second started: a few seconds holding most of them point to a stall
	 * of the whole node (a pause, a lock, a cache being filled), an even spread to plain queueing.
	 */
	synchronized void printSlowTimeline() {
		int total = slowBySecond.values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf(Locale.ROOT, "%nRequests over %d ms: %,d, by second of the run they started in (second:count)%n",
				SLOW_NANOS / 1_000_000, total);
		StringBuilder line = new StringBuilder();
		slowBySecond.forEach((second, count) -> line.append(second).append(':').append(count).append(' '));
		System.out.println(line.toString().strip());
	}

	synchronized long count() {
		return byType.values().stream().mapToLong(s -> s.size).sum();
	}

	synchronized long errors() {
		return byType.values().stream().mapToLong(s -> s.errors).sum();
	}

	/** The p95 of one request type, in ms. */
	synchronized double p95(String type) {
		Samples samples = byType.get(type);
		return samples == null ? 0 : samples.percentile(95) / 1e6;
	}

	/** Prints the table; returns the overall p95 in ms. */
	synchronized double print(String title, double targetP95Millis, List<String> excludedFromOverall) {
		System.out.println();
		System.out.println(title);
		String header = String.format(Locale.ROOT, "%-34s %8s %7s %8s %8s %8s %8s %8s %10s", "request type", "count",
				"errors", "mean ms", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95/target");
		System.out.println(header);
		System.out.println("-".repeat(header.length()));
		Samples overall = new Samples();
		for (Map.Entry<String, Samples> entry : byType.entrySet()) {
			row(entry.getKey(), entry.getValue(), targetP95Millis);
			if (!excludedFromOverall.contains(entry.getKey())) {
				overall.addAll(entry.getValue());
			}
		}
		System.out.println("-".repeat(header.length()));
		row("overall" + (excludedFromOverall.isEmpty() ? "" : " (excl. sign-in)"), overall, targetP95Millis);
		return overall.percentile(95) / 1e6;
	}

	private static void row(String name, Samples samples, double target) {
		double p95 = samples.percentile(95) / 1e6;
		System.out.printf(Locale.ROOT, "%-34s %,8d %,7d %8.1f %8.1f %8.1f %8.1f %8.1f %10.2f%n", name, samples.size,
				samples.errors, samples.mean() / 1e6, samples.percentile(50) / 1e6, p95, samples.percentile(99) / 1e6,
				samples.max() / 1e6, p95 / target);
	}

	private static final class Samples {

		private long[] nanos = new long[1024];

		private int size;

		private long errors;

		private boolean sorted;

		void add(long value, boolean ok) {
			if (size == nanos.length) {
				nanos = Arrays.copyOf(nanos, size * 2);
			}
			nanos[size++] = value;
			sorted = false;
			if (!ok) {
				errors++;
			}
		}

		void addAll(Samples other) {
			for (int i = 0; i < other.size; i++) {
				add(other.nanos[i], true);
			}
			errors += other.errors;
		}

		long percentile(int p) {
			if (size == 0) {
				return 0;
			}
			sort();
			int rank = (int) Math.ceil(p / 100.0 * size);
			return nanos[Math.max(0, Math.min(size - 1, rank - 1))];
		}

		long max() {
			return size == 0 ? 0 : percentile(100);
		}

		double mean() {
			long sum = 0;
			for (int i = 0; i < size; i++) {
				sum += nanos[i];
			}
			return size == 0 ? 0 : (double) sum / size;
		}

		private void sort() {
			if (!sorted) {
				Arrays.sort(nanos, 0, size);
				sorted = true;
			}
		}

	}

	static List<String> list(String... names) {
		return new ArrayList<>(List.of(names));
	}

}
