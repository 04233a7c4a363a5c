package org.sujarit.opendata.ingest.layout;

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
 * Every problem key the layout parsers name exists in the Thai bundle messages/opendata-layout
 * (MessageBundlesUnitTests keeps English in step), and the bundle is one Spring loads.
 */
class LayoutMessagesUnitTests {

	private static final Path SOURCES = Path.of("src/main/java/org/sujarit/opendata/ingest/layout");

	private static final Pattern KEY = Pattern.compile("\"(opendata\\.parse\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

	@Test
	void everyKeyTheParsersNameExists() throws IOException {
		Properties thai = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/opendata-layout.properties"),
				StandardCharsets.UTF_8)) {
			thai.load(reader);
		}
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		assertThat(named).contains("opendata.parse.scanned-pdf", "opendata.parse.layout.no-lines");
		assertThat(thai.stringPropertyNames()).containsAll(named);
		assertThat(Files.readString(Path.of("src/main/resources/application.yml"))).contains("messages/opendata-layout");
	}

}
