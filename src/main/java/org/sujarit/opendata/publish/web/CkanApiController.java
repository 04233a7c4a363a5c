package org.sujarit.opendata.publish.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.sujarit.opendata.publish.Catalogue;
import org.sujarit.opendata.publish.CatalogueOrganization;
import org.sujarit.opendata.publish.Publication;

/**
 * Sujarit's catalogue through the read side of the CKAN Action API (basic support, enough for harvesters
 * such as the national Government Data Catalog): {@code package_search} (q, fq, rows, start),
 * {@code package_show}, {@code organization_list}, {@code organization_show}. Answers have CKAN's shape
 * {@code {"help": ..., "success": true, "result": ...}}; anonymous GET.
 */
@RestController
@RequestMapping("/api/3/action")
class CkanApiController {

	/** fq terms: {@code key:value} or {@code key:"value"}, joined by spaces or AND. */
	private static final Pattern TERM = Pattern.compile("([a-z_]+):(\"[^\"]*\"|[^\\s\"]+)");

	private static final Set<String> FILTERS = Set.of("organization", "name", "fiscal_year", "document_type");

	private final Catalogue catalogue;

	CkanApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/package_search")
	ResponseEntity<Map<String, Object>> packageSearch(@RequestParam(required = false) String q,
			@RequestParam(required = false) String fq, @RequestParam(defaultValue = "10") int rows,
			@RequestParam(defaultValue = "0") int start) {
		Map<String, String> filters = new LinkedHashMap<>();
		if (fq != null && !fq.isBlank()) {
			String rest = TERM.matcher(fq).replaceAll("").replace("AND", "").strip();
			Matcher matcher = TERM.matcher(fq);
			while (matcher.find()) {
				String key = matcher.group(1).equals("owner_org") ? "organization" : matcher.group(1);
				if (!FILTERS.contains(key)) {
					return error("package_search", HttpStatus.CONFLICT, "Search Query Error",
							"Unsupported fq field: " + matcher.group(1));
				}
				filters.put(key, matcher.group(2).replace("\"", ""));
			}
			if (!rest.isEmpty()) {
				return error("package_search", HttpStatus.CONFLICT, "Search Query Error", "Unsupported fq: " + rest);
			}
		}
		String text = q == null || q.isBlank() || q.strip().equals("*:*") ? null : q;
		Catalogue.Page page = catalogue.search(text, filters, rows, start);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("count", page.count());
		result.put("sort", "metadata_modified desc");
		result.put("facets", Map.of());
		result.put("search_facets", Map.of());
		result.put("results", page.results().stream().map(this::dataset).toList());
		return ok("package_search", result);
	}

	@GetMapping("/package_show")
	ResponseEntity<Map<String, Object>> packageShow(@RequestParam String id) {
		return catalogue.dataset(id)
			.or(() -> catalogue.all().stream().filter(p -> datasetId(p.slug()).equals(id)).findFirst())
			.map(p -> ok("package_show", dataset(p)))
			.orElseGet(() -> error("package_show", HttpStatus.NOT_FOUND, "Not Found Error", "Not found"));
	}

	@GetMapping("/organization_list")
	ResponseEntity<Map<String, Object>> organizationList(@RequestParam(name = "all_fields", defaultValue = "false") boolean allFields) {
		List<CatalogueOrganization> organizations = catalogue.organizations();
		return ok("organization_list", allFields ? organizations.stream().map(CkanApiController::organization).toList()
				: organizations.stream().map(CatalogueOrganization::name).toList());
	}

	@GetMapping("/organization_show")
	ResponseEntity<Map<String, Object>> organizationShow(@RequestParam String id) {
		return catalogue.organization(id)
			.map(o -> ok("organization_show", organization(o)))
			.orElseGet(() -> error("organization_show", HttpStatus.NOT_FOUND, "Not Found Error", "Not found"));
	}

	private Map<String, Object> dataset(Publication p) {
		String base = base();
		Map<String, Object> dataset = new LinkedHashMap<>();
		// the thai_gdc fields as sent to the portal first, Sujarit's own keys over them
		p.fields().forEach((key, value) -> {
			if (!key.equals("tag_string")) {
				dataset.put(key, value);
			}
		});
		dataset.put("id", datasetId(p.slug()));
		dataset.put("name", p.slug());
		dataset.put("title", p.titleTh());
		dataset.put("notes", p.descriptionTh());
		dataset.put("type", "dataset");
		dataset.put("state", "active");
		dataset.put("private", false);
		dataset.put("metadata_created", p.createdAt().toString());
		dataset.put("metadata_modified", p.createdAt().toString());
		CatalogueOrganization organization = new CatalogueOrganization(p.laoCode(), p.laoNameTh(), p.provinceNameTh(), 0);
		dataset.put("owner_org", organizationId(organization));
		dataset.put("organization", organization(organization));
		List<Map<String, String>> tagList = p.tags().stream().map(tag -> Map.of("name", tag)).toList();
		dataset.put("tags", tagList);
		dataset.put("num_tags", tagList.size());
		dataset.put("fiscal_year", p.fiscalYear());
		dataset.put("document_type", p.documentType().name().toLowerCase(java.util.Locale.ROOT));
		dataset.put("lao_code", p.laoCode());
		dataset.put("portal_url", p.portalDatasetUrl());
		dataset.put("url", base + "/api/3/action/package_show?id=" + p.slug());
		List<Map<String, Object>> resources = new ArrayList<>();
		for (Publication.PublishedResource r : p.resources()) {
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("id", UUID.nameUUIDFromBytes(("sujarit:resource:" + r.id()).getBytes(StandardCharsets.UTF_8)).toString());
			resource.put("package_id", datasetId(p.slug()));
			resource.put("name", r.name());
			resource.put("format", r.format());
			resource.put("mimetype", r.mediaType());
			resource.put("url", DcatController.downloadUrl(base, r));
			resource.put("size", r.size());
			resource.put("hash", "sha256:" + r.sha256());
			resource.put("position", r.position());
			resource.put("state", "active");
			resources.add(resource);
		}
		dataset.put("resources", resources);
		dataset.put("num_resources", resources.size());
		return dataset;
	}

	private static Map<String, Object> organization(CatalogueOrganization o) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("id", organizationId(o));
		organization.put("name", o.name());
		organization.put("title", o.laoNameTh());
		organization.put("type", "organization");
		organization.put("is_organization", true);
		organization.put("state", "active");
		organization.put("package_count", o.datasets());
		return organization;
	}

	static String datasetId(String slug) {
		return UUID.nameUUIDFromBytes(("sujarit:dataset:" + slug).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String organizationId(CatalogueOrganization o) {
		return UUID.nameUUIDFromBytes(("sujarit:organization:" + o.name()).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static ResponseEntity<Map<String, Object>> ok(String action, Object result) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", help(action));
		body.put("success", true);
		body.put("result", result);
		return ResponseEntity.ok(body);
	}

	private static ResponseEntity<Map<String, Object>> error(String action, HttpStatus status, String type,
			String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("help", help(action));
		body.put("success", false);
		body.put("error", Map.of("__type", type, "message", message));
		return ResponseEntity.status(status).body(body);
	}

	private static String help(String action) {
		return base() + "/api/3/action/help_show?name=" + action;
	}

}
