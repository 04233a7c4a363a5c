package org.sujarit.opendata.publish;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The column types of a dataset's table, from the Frictionless Table Schema in its datapackage.json. */
final class TableSchemas {

	private TableSchemas() {
	}

	/** Column name → Table Schema type; empty when the dataset has no data package. */
	static Map<String, String> types(DatasetToPublish dataset, ObjectMapper json) {
		Map<String, String> types = new LinkedHashMap<>();
		for (DatasetToPublish.Resource resource : dataset.resources()) {
			if (!resource.file().getFileName().toString().endsWith("datapackage.json")) {
				continue;
			}
			try {
				JsonNode descriptor = json.readTree(resource.file().toFile());
				for (JsonNode field : descriptor.path("resources").path(0).path("schema").path("fields")) {
					types.put(field.path("name").asText(), field.path("type").asText("string"));
				}
			}
			catch (IOException ex) {
				return Map.of();
			}
		}
		return types;
	}

}
