package org.sujarit.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/**
 * Every message key the module names exists in its Thai bundles: the literal ones in its Java code and the
 * ones built from enums (document types, states, kinds, fields, columns, code lists, outputs).
 */
class OpenDataMessagesUnitTests {

	private static final Pattern KEY = Pattern.compile("\"(opendata\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9_-]+)+)\"");

	@Test
	void everyKeyTheModuleNamesExists() throws IOException {
		// the module's bundles: core, printed layouts, publication, progress tracking, the public explorer,
		// CSV check and bad input
		Properties thai = new Properties();
		for (String bundle : List.of("opendata", "opendata-layout", "opendata-publish", "opendata-progress",
				"opendata-explorer", "opendata-validate")) {
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages/" + bundle + ".properties"),
					StandardCharsets.UTF_8)) {
				thai.load(reader);
			}
		}
		List<String> named = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sujarit/opendata"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).endsWith(".")) {
						named.add(matcher.group(1));
					}
				}
			}
		}
		for (DocumentType type : DocumentType.values()) {
			named.add("opendata.type." + type);
		}
		for (DocumentState state : DocumentState.values()) {
			named.add("opendata.state." + state);
		}
		for (LineKind kind : LineKind.values()) {
			named.add("opendata.kind." + kind);
		}
		for (BudgetField field : BudgetField.values()) {
			named.add(field.label());
		}
		for (BudgetOutputs.Column column : BudgetOutputs.COLUMNS) {
			named.add("opendata.column." + column.name());
		}
		for (CodeList list : CodeList.values()) {
			named.add("opendata.codes.list." + list);
			named.add("opendata.check.foreign-key." + list.slug());
		}
		for (OutputFormat format : OutputFormat.values()) {
			named.add("opendata.resource." + format);
			named.add("opendata.explorer.format." + format);
		}
		for (int stars = 0; stars <= 4; stars++) {
			named.add("opendata.stars." + stars);
		}
		for (String code : List.of("plan-total-mismatch", "group-total-mismatch", "grand-total-mismatch")) {
			named.add("opendata.check." + code);
		}
		for (int i = 1; i <= 8; i++) {
			named.add("opendata.template.help." + i);
		}
		Set<String> missing = new TreeSet<>();
		for (String key : named) {
			if (!thai.containsKey(key)) {
				missing.add(key);
			}
		}
		assertThat(named).contains("opendata.access.denied", "opendata.upload.unrecognised-pdf");
		assertThat(missing).isEmpty();
	}

}
