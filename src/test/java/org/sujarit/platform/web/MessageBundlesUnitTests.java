package org.sujarit.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Thai and English stay in step, and every message a template names exists.
 */
class MessageBundlesUnitTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Static keys in templates: #{key} or #{key(args)}; keys built at run time are not matched. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]+[a-z0-9])[}(]");

	@Test
	void everyThaiMessageHasAnEnglishOneAndViceVersa() throws IOException {
		for (Path thai : bundles()) {
			Path english = thai.resolveSibling(thai.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle for " + thai).exists();
			Set<String> thaiKeys = load(thai).stringPropertyNames();
			Set<String> englishKeys = load(english).stringPropertyNames();
			assertThat(new TreeSet<>(englishKeys)).as("keys of " + english).isEqualTo(new TreeSet<>(thaiKeys));
		}
	}

	@Test
	void everyMessageATemplateNamesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path bundle : bundles()) {
			keys.addAll(load(bundle).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
				.sorted()
				.toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
