package org.sujarit.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the files and tabular packages use exists in Thai and English, and both files hold
 * the same keys.
 */
class FilesMessagesUnitTests {

	private static final Pattern KEY = Pattern.compile("\"(platform\\.(?:files|tabular)\\.[a-z0-9.-]+)\"");

	@Test
	void thaiAndEnglishHoldTheSameKeys() throws IOException {
		assertThat(load("messages/files_en.properties").stringPropertyNames())
			.isEqualTo(load("messages/files.properties").stringPropertyNames());
	}

	@Test
	void everyKeyInTheCodeHasAMessage() throws IOException {
		Set<String> used = new TreeSet<>();
		for (String dir : new String[] { "src/main/java/org/sujarit/platform/files",
				"src/main/java/org/sujarit/platform/tabular" }) {
			try (Stream<Path> sources = Files.walk(Path.of(dir))) {
				for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
					Matcher matcher = KEY.matcher(Files.readString(source));
					while (matcher.find()) {
						used.add(matcher.group(1));
					}
				}
			}
		}
		for (FileKind kind : FileKind.values()) {
			used.add("platform.files.kind." + kind.name());
		}
		assertThat(used).hasSizeGreaterThan(20);
		assertThat(load("messages/files.properties").stringPropertyNames()).containsAll(used);
	}

	@Test
	void messagesAreValidMessageFormats() throws IOException {
		for (String bundle : new String[] { "messages/files.properties", "messages/files_en.properties" }) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (message.contains("{0}")) {
					assertThat(new MessageFormat(message).format(new Object[] { "X", "Y" })).as(bundle + " " + key)
						.contains("X")
						.doesNotContain("{");
				}
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FilesMessagesUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
