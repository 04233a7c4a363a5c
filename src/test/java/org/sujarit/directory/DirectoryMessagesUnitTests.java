package org.sujarit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.sujarit.directory.imports.ImportColumn;
import org.sujarit.directory.imports.ImportFormat;
import org.sujarit.directory.imports.ImportOutcome;
import org.sujarit.platform.security.Role;

/**
 * The directory's Thai and English messages have the same keys, and every key the code and templates use
 * exists (including the keys built from enum names).
 */
class DirectoryMessagesUnitTests {

	static final Pattern STATIC_KEY = Pattern.compile("#\\{(directory\\.[a-zA-Z0-9.\\-]+)[}(]");

	static final Pattern JAVA_KEY = Pattern.compile("\"(directory\\.[a-zA-Z0-9.\\-]+[a-zA-Z0-9])\"|\\{(directory\\.[a-zA-Z0-9.\\-]+)\\}");

	@Test
	void thaiAndEnglishHaveTheSameKeys() {
		assertThat(load("messages/directory_en.properties").stringPropertyNames())
			.isEqualTo(load("messages/directory.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		Set<String> keys = load("messages/directory.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		scan(Path.of("src/main/resources/templates/directory"), STATIC_KEY, used);
		scan(Path.of("src/main/java/org/sujarit/directory"), JAVA_KEY, used);
		for (AgencyType type : AgencyType.values()) {
			used.add("directory.agency-type." + type);
		}
		for (Role role : Role.values()) {
			used.add("directory.role." + role);
		}
		for (AccountRequestStatus status : AccountRequestStatus.values()) {
			used.add("directory.account-request.status." + status);
			used.add("directory.account-request.status-label." + status);
		}
		for (ImportOutcome outcome : ImportOutcome.values()) {
			used.add("directory.import.outcome." + outcome);
		}
		for (ImportFormat format : ImportFormat.values()) {
			used.add("directory.import.format." + format);
		}
		for (String header : ImportColumn.headers()) {
			used.add("directory.import.column." + header);
		}
		for (String group : Set.of("BRIBERY", "OVERSIGHT", "BUDGET", "EFFECTIVENESS")) {
			used.add("directory.working-group." + group);
		}
		for (String action : Set.of("INSERT", "UPDATE", "DELETE")) {
			used.add("directory.history." + action);
		}
		assertThat(used).isNotEmpty();
		assertThat(used.stream().filter(key -> !keys.contains(key)).toList()).isEmpty();
	}

	private static void scan(Path root, Pattern pattern, Set<String> used) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
					if (!key.endsWith(".")) {
						used.add(key);
					}
				}
			}
		}
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = DirectoryMessagesUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
