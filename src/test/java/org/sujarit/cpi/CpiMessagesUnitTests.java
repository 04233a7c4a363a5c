package org.sujarit.cpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the cpi module's Java code names (domain errors, import problems) exists in the Thai
 * bundle (MessageBundlesUnitTests keeps English in step).
 */
class CpiMessagesUnitTests {

	private static final Pattern KEY = Pattern.compile("\"(cpi\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Properties thai = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/cpi.properties"),
				StandardCharsets.UTF_8)) {
			thai.load(reader);
		}
		Set<String> missing = new TreeSet<>();
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sujarit/cpi"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (key.startsWith("cpi.country.") || key.endsWith(".csv")) {
						continue;
					}
					named.add(key);
					if (!thai.containsKey(key)) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(named).contains("cpi.import.problem.too-few-sources", "cpi.import.stale");
		assertThat(missing).isEmpty();
	}

}
