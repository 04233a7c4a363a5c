package org.sujarit.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The content of a report version as JSON, field by field, so versions can be compared.
 */
@Component
class ReportSnapshots {

	private final ObjectMapper json;

	ReportSnapshots(ObjectMapper json) {
		this.json = json;
	}

	String of(Report report, List<KpiActual> kpis, List<Evidence> evidence) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("state", report.state());
		fields.put("progressStatus", report.progressStatus());
		fields.put("narrative", report.narrative());
		fields.put("budgetAllocated", report.budgetAllocated());
		fields.put("budgetDisbursed", report.budgetDisbursed());
		fields.put("problems", report.problems());
		fields.put("suggestions", report.suggestions());
		fields.put("links", String.join("\n", report.links()));
		for (KpiActual kpi : kpis) {
			fields.put("kpi-" + kpi.kpiId(), kpi.actual() == null ? null : kpi.actual().stripTrailingZeros().toPlainString());
		}
		fields.put("evidence", String.join("\n", evidence.stream().map(e -> e.originalName() + " (" + e.sha256().substring(0, 12) + ")").toList()));
		report.warningReasons().forEach((key, reason) -> fields.put("reason-" + key, reason));
		try {
			return json.writeValueAsString(fields);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Map<String, String> fields(String snapshot) {
		try {
			Map<String, Object> raw = json.readValue(snapshot, LinkedHashMap.class);
			Map<String, String> fields = new LinkedHashMap<>();
			raw.forEach((key, value) -> fields.put(key, value == null ? "" : value.toString()));
			return fields;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
