package org.sujarit.opendata.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dataset schema a portal reports through ckanext-scheming's {@code scheming_dataset_schema_show}:
 * which fields exist, which are required, and the values each choice field accepts. Read at every
 * publication: it differs between deployments and versions of ckanext-thai_gdc.
 */
record CkanSchema(Map<String, Field> fields) {

	/**
	 * @param labelTh the portal's Thai label (its English one, or the field name, when it has none)
	 * @param multiple a multiple-choice field: its value is a JSON array
	 */
	record Field(String name, boolean required, String labelTh, String labelEn, List<Choice> choices,
			boolean multiple) {

		boolean hasChoices() {
			return !choices.isEmpty();
		}

		boolean accepts(String value) {
			return choices.stream().anyMatch(choice -> choice.value().equals(value));
		}

	}

	record Choice(String value, String label) {
	}

	static CkanSchema parse(JsonNode schema) {
		Map<String, Field> fields = new LinkedHashMap<>();
		for (JsonNode field : schema.path("dataset_fields")) {
			String name = field.path("field_name").asText();
			List<Choice> choices = new ArrayList<>();
			for (JsonNode choice : field.path("choices")) {
				String value = choice.path("value").asText();
				choices.add(new Choice(value, label(choice.get("label"), "en", value)));
			}
			String validators = field.path("validators").asText("");
			fields.put(name,
					new Field(name, field.path("required").asBoolean(false), label(field.get("label"), "th", name),
							label(field.get("label"), "en", name), List.copyOf(choices),
							validators.contains("multiple_choice") || field.path("multiple").asBoolean(false)));
		}
		return new CkanSchema(Map.copyOf(fields));
	}

	Optional<Field> field(String name) {
		return Optional.ofNullable(fields.get(name));
	}

	List<Field> required() {
		return fields.values().stream().filter(Field::required).toList();
	}

	/** A label is a plain string or {"en": ..., "th": ...}. */
	private static String label(JsonNode label, String language, String fallback) {
		if (label == null || label.isNull()) {
			return fallback;
		}
		if (label.isTextual()) {
			return label.asText();
		}
		if (label.hasNonNull(language)) {
			return label.get(language).asText();
		}
		return label.path("en").asText(label.path("th").asText(fallback));
	}

}
