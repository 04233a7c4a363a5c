package org.sujarit.opendata.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.sujarit.opendata.DocumentType;

/**
 * The portal's dataset fields for one budget document, filled from the local government, its portal
 * settings and the document, and checked against the portal's own schema before anything is written:
 * every field the schema requires has a value, and every choice field holds values from the portal's
 * choice list. Where a field is filled by meaning (data type, objective, coverage, ...), the value is the
 * first of a short list of fitting answers that this portal offers; a portal offering none of them stops
 * the publication with the field named.
 */
final class DatasetFields {

	/** CKAN's tag rule: letters, digits, space, {@code - _ .}; Thai marks (Mn) are not letters to Python. */
	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{Nd}_ .-]{2,100}");

	/** Fitting answers by field, best first; matched against the portal's choice values. */
	private static final Map<String, List<String>> FITTING = Map.of(
			"data_type", List.of("ข้อมูลระเบียน", "ข้อมูลสถิติ", "ข้อมูลหลากหลายประเภท"),
			"objective", List.of("กฎหมายที่เกี่ยวข้อง", "พันธกิจหน่วยงาน", "เพื่อการให้บริการประชาชน"),
			"update_frequency_unit", List.of("ปี"),
			"data_category", List.of("ข้อมูลสาธารณะ"),
			"allow_harvest", List.of("True"),
			"data_language", List.of("ไทย"));

	private DatasetFields() {
	}

	static Map<String, Object> build(DatasetToPublish dataset, String slug, Portal portal, PortalCredential credential,
			CkanSchema schema) {
		Map<String, Object> fields = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		fields.put("name", slug);
		fields.put("title", dataset.titleTh());
		fields.put("owner_org", credential.ownerOrg());
		fields.put("maintainer", credential.maintainer());
		fields.put("maintainer_email", credential.maintainerEmail());
		fields.put("notes", dataset.descriptionTh());
		fields.put("data_source", dataset.laoNameTh());
		fields.put("tag_string", String.join(",", tags(dataset)));
		fields.put("license_id", portal.licenseId());
		for (Map.Entry<String, List<String>> fitting : FITTING.entrySet()) {
			choose(schema, fitting.getKey(), fitting.getValue(), fields, problems);
		}
		choose(schema, "geo_coverage", geoCoverage(dataset.laoNameTh()), fields, problems);
		choose(schema, "data_format", dataset.resources()
			.stream()
			.map(DatasetToPublish.Resource::format)
			.map(format -> format.toUpperCase(Locale.ROOT))
			.toList(), fields, problems, DatasetFields::formatChoice);
		String year = String.valueOf(dataset.fiscalYear());
		optional(schema, "update_frequency_interval", "1", fields);
		optional(schema, "first_year_of_data", year, fields);
		optional(schema, "last_year_of_data", year, fields);
		if (!problems.isEmpty()) {
			throw new PublishProblem("opendata.publish.no-fitting-choice", problems.get(0), problems.get(1));
		}
		check(schema, fields);
		return fields;
	}

	/**
	 * Every required field has a value; every choice field's values are among the portal's choices.
	 * @throws PublishProblem naming the first field that fails, in Thai and English
	 */
	static void check(CkanSchema schema, Map<String, Object> fields) {
		for (CkanSchema.Field field : schema.required()) {
			Object value = fields.get(field.name());
			if (value == null || value.toString().isBlank() || value instanceof List<?> list && list.isEmpty()) {
				throw new PublishProblem("opendata.publish.required-field", describe(field, true),
						describe(field, false));
			}
		}
		for (Map.Entry<String, Object> entry : fields.entrySet()) {
			CkanSchema.Field field = schema.field(entry.getKey()).orElse(null);
			if (field == null || !field.hasChoices()) {
				continue;
			}
			List<?> values = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
			for (Object value : values) {
				if (!field.accepts(String.valueOf(value))) {
					throw new PublishProblem("opendata.publish.choice-not-allowed", describe(field, true),
							describe(field, false), String.valueOf(value), String.join(", ",
									field.choices().stream().map(CkanSchema.Choice::value).toList()));
				}
			}
		}
	}

	/** "ชื่อชุดข้อมูล (title)": the portal's label and the field's name. */
	static String describe(CkanSchema.Field field, boolean thai) {
		return (thai ? field.labelTh() : field.labelEn()) + " (" + field.name() + ")";
	}

	private static void choose(CkanSchema schema, String name, List<String> fitting, Map<String, Object> fields,
			List<String> problems) {
		choose(schema, name, fitting, fields, problems, (field) -> null);
	}

	/**
	 * Fills a choice field the schema has with the fitting answers it offers (all of them for a
	 * multiple-choice field, the first for a single one). {@code matcher} finds a choice for an answer that
	 * is not itself a choice value (XLSX → "XLS" labelled "XLS/XLSX").
	 */
	private static void choose(CkanSchema schema, String name, List<String> fitting, Map<String, Object> fields,
			List<String> problems, Function<CkanSchema.Field, Function<String, String>> matcher) {
		CkanSchema.Field field = schema.field(name).orElse(null);
		if (field == null) {
			return;
		}
		if (!field.hasChoices()) {
			if (!fitting.isEmpty()) {
				fields.put(name, field.multiple() ? fitting : fitting.get(0));
			}
			return;
		}
		Function<String, String> match = matcher.apply(field);
		Set<String> offered = new LinkedHashSet<>();
		for (String answer : fitting) {
			if (field.accepts(answer)) {
				offered.add(answer);
			}
			else if (match != null && match.apply(answer) != null) {
				offered.add(match.apply(answer));
			}
		}
		if (offered.isEmpty()) {
			if (field.required() && problems.isEmpty()) {
				problems.add(describe(field, true) + ": " + String.join(", ", fitting));
				problems.add(describe(field, false) + ": " + String.join(", ", fitting));
			}
			return;
		}
		List<String> values = List.copyOf(offered);
		fields.put(name, field.multiple() ? values : values.get(0));
	}

	/** A choice whose label lists the format: "XLS/XLSX" for XLSX. */
	private static Function<String, String> formatChoice(CkanSchema.Field field) {
		return format -> field.choices()
			.stream()
			.filter(choice -> List.of(choice.label().toUpperCase(Locale.ROOT).split("[/, ]+")).contains(format))
			.map(CkanSchema.Choice::value)
			.findFirst()
			.orElse(null);
	}

	private static void optional(CkanSchema schema, String name, String value, Map<String, Object> fields) {
		schema.field(name).filter(field -> !field.hasChoices()).ifPresent(field -> fields.put(name, value));
	}

	/** Provincial administrations cover a province; municipalities and subdistricts their own area. */
	static List<String> geoCoverage(String laoNameTh) {
		if (laoNameTh.startsWith("องค์การบริหารส่วนจังหวัด")) {
			return List.of("จังหวัด");
		}
		return List.of("เทศบาล/อบต.", "ตำบล");
	}

	static List<String> tags(DatasetToPublish dataset) {
		List<String> tags = new ArrayList<>(List.of("งบประมาณ", "budget", "lao-budget", "fy" + dataset.fiscalYear(),
				documentTag(dataset.documentType())));
		if (dataset.provinceNameTh() != null) {
			tags.add(dataset.provinceNameTh());
		}
		return tags.stream().filter(tag -> TAG.matcher(tag).matches()).distinct().toList();
	}

	private static String documentTag(DocumentType type) {
		return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
