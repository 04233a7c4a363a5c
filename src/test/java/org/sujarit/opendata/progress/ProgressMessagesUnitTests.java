package org.sujarit.opendata.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The progress bundle: Thai and English have the same keys, and every key the code and the page name —
 * literally or built from a state or an export column — exists in both.
 */
class ProgressMessagesUnitTests {

	private static final Pattern KEY = Pattern.compile("[\"'{](opendata\\.(?:progress|reminder)\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])[\"'}(]");

	@Test
	void thaiAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("opendata-progress_en").stringPropertyNames())
			.isEqualTo(load("opendata-progress").stringPropertyNames());
	}

	@Test
	void everyKeyTheCodeAndThePageNameExists() throws IOException {
		List<String> named = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java/org/sujarit/opendata/progress"),
				Path.of("src/main/resources/templates/opendata/progress.html"),
				Path.of("src/main/resources/templates/opendata/fragments/progress-states.html"),
				Path.of("src/main/resources/templates/opendata/documents.html"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (matcher.find()) {
						named.add(matcher.group(1));
					}
				}
			}
		}
		for (ProgressState state : ProgressState.values()) {
			named.add("opendata.progress.state." + state);
			named.add("opendata.reminder.todo." + state);
		}
		for (String column : ChaseListExport.COLUMNS) {
			named.add("opendata.progress.export." + column);
		}
		assertThat(named).contains("opendata.progress.title", "opendata.progress.fiscal-year-invalid",
				"opendata.progress.laos.title-chase");
		Properties thai = load("opendata-progress");
		Properties english = load("opendata-progress_en");
		assertThat(named).allSatisfy(key -> {
			assertThat(thai).containsKey(key);
			assertThat(english).containsKey(key);
		});
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/" + bundle + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
