package org.sujarit.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.sujarit.directory.AgencyType;

/**
 * Thai and English say the same things, and every planning key that templates and code use exists.
 */
class PlanningMessagesUnitTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates/planning");

	static final Path SOURCES = Path.of("src/main/java/org/sujarit/planning");

	/** A literal message key: planning.something, not followed by a dynamic part. */
	static final Pattern KEY = Pattern.compile("[\"'{](planning\\.[a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])[\"'}(]");

	@Test
	void thaiAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages/planning_en.properties").stringPropertyNames())
			.isEqualTo(load("messages/planning.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> defined = load("messages/planning.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		for (Path root : List.of(TEMPLATES, SOURCES)) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (matcher.find()) {
						used.add(matcher.group(1));
					}
				}
			}
		}
		used.removeIf(key -> key.startsWith("planning.web") || Character.isUpperCase(key.charAt("planning.".length())));
		assertThat(used).isNotEmpty();
		assertThat(defined).containsAll(used);
	}

	@Test
	void everyEnumShownOnAPageHasALabel() throws IOException {
		Set<String> defined = load("messages/planning.properties").stringPropertyNames();
		List<String> needed = new ArrayList<>();
		for (ItemLevel level : ItemLevel.values()) {
			needed.add("planning.level." + level);
			needed.add("planning.item.level.parent-" + level);
		}
		for (PlanTerm term : PlanTerm.values()) {
			needed.add("planning.term." + term);
		}
		for (AgencyRole role : AgencyRole.values()) {
			needed.add("planning.role." + role);
		}
		for (AgencyType type : AgencyType.values()) {
			needed.add("planning.agency-type." + type);
		}
		for (String group : List.of("BRIBERY", "OVERSIGHT", "BUDGET", "EFFECTIVENESS")) {
			needed.add("planning.working-group.short." + group);
		}
		assertThat(defined).containsAll(needed);
	}

	@Test
	void templatesHoldNoThaiTextOfTheirOwn() throws IOException {
		Pattern thai = Pattern.compile("[\\u0E00-\\u0E7F]");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(thai.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())
					.as("Thai text in %s belongs in messages/planning.properties", file)
					.isFalse();
			}
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
