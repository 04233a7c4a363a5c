package org.sujarit.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name=value} options of the benchmark command line. Unknown options are refused so that a typo
 * does not silently run the default.
 */
final class BenchArgs {

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Set<String> read = new TreeSet<>();

	BenchArgs(String[] args, int from) {
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			int eq = arg.indexOf('=');
			values.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
		}
	}

	String string(String name, String defaultValue) {
		read.add(name);
		return values.getOrDefault(name, defaultValue);
	}

	int integer(String name, int defaultValue) {
		return Integer.parseInt(string(name, Integer.toString(defaultValue)).replace("_", ""));
	}

	long longValue(String name, long defaultValue) {
		return Long.parseLong(string(name, Long.toString(defaultValue)).replace("_", ""));
	}

	boolean flag(String name, boolean defaultValue) {
		return Boolean.parseBoolean(string(name, Boolean.toString(defaultValue)));
	}

	Path path(String name, String defaultValue) {
		return Path.of(string(name, defaultValue));
	}

	/** A duration as seconds ({@code 120}) or with a unit ({@code 2m}, {@code 90s}). */
	Duration duration(String name, String defaultValue) {
		String text = string(name, defaultValue).strip().toLowerCase(java.util.Locale.ROOT);
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		if (text.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
		}
		if (text.endsWith("s")) {
			text = text.substring(0, text.length() - 1);
		}
		return Duration.ofSeconds(Long.parseLong(text));
	}

	/** Fails on options nobody asked for (call after reading every option). */
	void rejectUnknown() {
		Set<String> unknown = new TreeSet<>(values.keySet());
		unknown.removeAll(read);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown option(s): " + unknown);
		}
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
