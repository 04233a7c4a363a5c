package org.sujarit.opendata.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset fields for data.go.th's schema (ckanext-thai_gdc's own dataset schema JSON, kept in the test
 * resources): the 14 required fields filled from the LAO and its document, choice fields only with the
 * portal's values, and a clear refusal naming the field when the portal offers no fitting choice.
 */
class DatasetFieldsUnitTests {

	private static final Portal PORTAL = new Portal(1, "data.go.th", "https://data.go.th", "Open Data Common", true, 0);

	private static final PortalCredential CREDENTIAL = new PortalCredential(1, 1, 803, "pao-phayao",
			"กองคลัง อบจ.พะเยา", "finance@phayaopao.go.th", "ab12", "test", Instant.EPOCH, 0);

	@TempDir
	Path dir;

	@Test
	void fillsEveryRequiredFieldOfThaiGdcWithValuesThePortalOffers() throws IOException {
		CkanSchema schema = thaiGdc();
		Map<String, Object> fields = DatasetFields.build(ordinance(), "lao-2560101-budget-2569", PORTAL, CREDENTIAL,
				schema);

		assertThat(schema.required()).extracting(CkanSchema.Field::name)
			.containsExactlyInAnyOrder("data_type", "title", "maintainer", "maintainer_email", "tag_string", "notes",
					"objective", "update_frequency_unit", "geo_coverage", "data_source", "data_format",
					"data_category", "license_id");
		assertThat(fields).containsKeys("owner_org", "name");
		for (CkanSchema.Field field : schema.required()) {
			assertThat(fields.get(field.name())).as(field.name()).isNotNull().asString().isNotBlank();
		}
		assertThat(fields).containsEntry("name", "lao-2560101-budget-2569")
			.containsEntry("owner_org", "pao-phayao")
			.containsEntry("data_type", "ข้อมูลระเบียน")
			.containsEntry("update_frequency_unit", "ปี")
			.containsEntry("geo_coverage", "จังหวัด")
			.containsEntry("data_category", "ข้อมูลสาธารณะ")
			.containsEntry("license_id", "Open Data Common")
			.containsEntry("first_year_of_data", "2569");
		assertThat(fields.get("objective")).as("multiple choice: a JSON array").isInstanceOf(List.class);
		assertThat(fields.get("data_format")).isEqualTo(List.of("CSV", "PDF"));
		assertThat(fields.get("data_language")).isEqualTo(List.of("ไทย"));
	}

	@Test
	void aPortalWithoutAFittingChoiceStopsThePublicationNamingTheField() throws IOException {
		ObjectNode schema = thaiGdcJson();
		for (JsonNode field : schema.get("dataset_fields")) {
			if (field.path("field_name").asText().equals("data_category")) {
				ArrayNode choices = ((ObjectNode) field).putArray("choices");
				choices.addObject().put("value", "restricted").put("label", "Restricted");
			}
		}

		assertThatThrownBy(() -> DatasetFields.build(ordinance(), "lao-2560101-budget-2569", PORTAL, CREDENTIAL,
				CkanSchema.parse(schema)))
			.isInstanceOfSatisfying(PublishProblem.class, problem -> {
				assertThat(problem.code()).isEqualTo("opendata.publish.no-fitting-choice");
				assertThat(problem.arguments().get(0)).contains("data_category");
			});
	}

	@Test
	void aValueOutsideAChoiceListOrAMissingRequiredValueIsRefusedBeforeAnythingIsWritten() throws IOException {
		CkanSchema schema = thaiGdc();
		Map<String, Object> fields = new java.util.LinkedHashMap<>(
				DatasetFields.build(ordinance(), "lao-2560101-budget-2569", PORTAL, CREDENTIAL, schema));

		fields.put("license_id", "CC0");
		assertThatThrownBy(() -> DatasetFields.check(schema, fields))
			.isInstanceOfSatisfying(PublishProblem.class, problem -> {
				assertThat(problem.code()).isEqualTo("opendata.publish.choice-not-allowed");
				assertThat(problem.arguments()).contains("CC0");
			});

		fields.put("license_id", "Open Data Common");
		fields.put("notes", " ");
		assertThatThrownBy(() -> DatasetFields.check(schema, fields))
			.isInstanceOfSatisfying(PublishProblem.class,
					problem -> assertThat(problem.code()).isEqualTo("opendata.publish.required-field"));
	}

	@Test
	void tagsFollowCkansRuleAndCoverageFollowsTheKindOfLocalGovernment() throws IOException {
		assertThat(DatasetFields.tags(ordinance())).contains("งบประมาณ", "budget", "fy2569", "ordinance", "พะเยา")
			.allMatch(tag -> tag.matches("[\\p{L}\\p{Nd}_ .-]{2,100}"));
		assertThat(DatasetFields.geoCoverage("องค์การบริหารส่วนจังหวัดพะเยา")).containsExactly("จังหวัด");
		assertThat(DatasetFields.geoCoverage("เทศบาลตำบลบ้านต๊ำ")).containsExactly("เทศบาล/อบต.", "ตำบล");
	}

	private DatasetToPublish ordinance() throws IOException {
		return TestPublishing.ordinance(dir, 803, "2560101", 2569);
	}

	private static CkanSchema thaiGdc() throws IOException {
		return CkanSchema.parse(thaiGdcJson());
	}

	private static ObjectNode thaiGdcJson() throws IOException {
		try (InputStream in = DatasetFieldsUnitTests.class.getResourceAsStream("/opendata/ckan/thai_gdc_ckan_dataset.json")) {
			return (ObjectNode) new ObjectMapper().readTree(in);
		}
	}

}
