package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Every {@code opendata.publish.*} key the publication code names exists in the Thai bundle
 * (MessageBundlesUnitTests keeps English in step); and the slugs follow the portal's rule.
 */
class PublishMessagesUnitTests {

	private static final Pattern KEY = Pattern.compile("\"(opendata\\.publish\\.[a-z0-9.-]+[a-z0-9])\"");

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		Properties thai = PropertiesLoaderUtils.loadProperties(new EncodedResource(
				new FileSystemResource("src/main/resources/messages/opendata-publish.properties"), StandardCharsets.UTF_8));
		List<String> named;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sujarit/opendata/publish"))) {
			named = files.filter(p -> p.toString().endsWith(".java")).flatMap(PublishMessagesUnitTests::keys).toList();
		}
		assertThat(named).contains("opendata.publish.portal-validation", "opendata.publish.choice-not-allowed");
		assertThat(named).allSatisfy(key -> assertThat(thai).containsKey(key));
	}

	@Test
	void slugsAreTwoToSeventyCharactersOfTheAllowedOnes() {
		assertThat(Slugs.of("6560101", 2569, org.sujarit.opendata.DocumentType.ORDINANCE, 1))
			.isEqualTo("lao-6560101-budget-2569");
		assertThat(Slugs.of("6560101", 2569, org.sujarit.opendata.DocumentType.TRANSFER, 42))
			.isEqualTo("lao-6560101-budget-2569-transfer-42");
		for (var type : org.sujarit.opendata.DocumentType.values()) {
			assertThat(Slugs.of("6560101", 2569, type, Long.MAX_VALUE)).matches("[a-z0-9_-]{2,70}");
		}
	}

	private static Stream<String> keys(Path file) {
		try {
			Matcher matcher = KEY.matcher(Files.readString(file));
			return matcher.results().map(result -> result.group(1)).toList().stream();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
