package org.sujarit.opendata.publish.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.sujarit.opendata.publish.Catalogue;
import org.sujarit.opendata.publish.Publication;
import org.sujarit.platform.web.OpenData;

/**
 * Sujarit's catalogue as DCAT-AP, for harvesting by the national Government Data Catalog:
 * {@code /catalog.jsonld} (JSON-LD) and {@code /catalog.ttl} (Turtle). One {@code dcat:Dataset} per
 * published dataset with its Thai title and description, publisher (the local government), temporal
 * coverage (the Thai fiscal year: 1 October to 30 September), keywords, licence, and one
 * {@code dcat:Distribution} per file with its download URL on Sujarit and media type.
 */
@RestController
class DcatController {

	static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private static final Locale THAI = Locale.forLanguageTag("th");

	private final Catalogue catalogue;

	private final MessageSource messages;

	DcatController(Catalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/catalog.ttl")
	ResponseEntity<String> turtle() {
		return ResponseEntity.ok()
			.contentType(TURTLE)
			.cacheControl(OpenData.cacheFor(Duration.ofMinutes(10)))
			.body(graph().turtle());
	}

	@GetMapping("/catalog.jsonld")
	ResponseEntity<Map<String, Object>> jsonLd() {
		return ResponseEntity.ok()
			.contentType(JSON_LD)
			.cacheControl(OpenData.cacheFor(Duration.ofMinutes(10)))
			.body(graph().jsonLd());
	}

	static String downloadUrl(String base, Publication.PublishedResource resource) {
		return base + "/api/v1/public/opendata/files/" + resource.id();
	}

	private Rdf graph() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String catalog = base + "/catalog";
		Rdf rdf = new Rdf();
		rdf.type(catalog, "dcat:Catalog")
			.add(catalog, "dct:title", Rdf.thai(messages.getMessage("opendata.publish.catalog.title", null, THAI)))
			.add(catalog, "dct:description", Rdf.thai(messages.getMessage("opendata.publish.catalog.description", null, THAI)))
			.add(catalog, "dcat:landingPage", Rdf.iri(base + "/api/3/action/package_search"))
			.add(catalog, "dct:language", Rdf.iri("http://publications.europa.eu/resource/authority/language/THA"));
		List<Publication> datasets = catalogue.all();
		for (Publication p : datasets) {
			String dataset = base + "/catalog/datasets/" + p.slug();
			String publisher = base + "/catalog/organizations/lao-" + p.laoCode();
			String period = "_:fy" + p.fiscalYear() + "-" + p.slug().replace('-', '_');
			rdf.add(catalog, "dcat:dataset", Rdf.iri(dataset));
			rdf.type(dataset, "dcat:Dataset")
				.add(dataset, "dct:identifier", Rdf.plain(p.slug()))
				.add(dataset, "dct:title", Rdf.thai(p.titleTh()))
				.add(dataset, "dct:description", Rdf.thai(p.descriptionTh()))
				.add(dataset, "dct:publisher", Rdf.iri(publisher))
				.add(dataset, "dct:temporal", Rdf.iri(period))
				.add(dataset, "dct:issued", Rdf.typed(p.createdAt().toString(), "xsd:dateTime"))
				.add(dataset, "dct:modified", Rdf.typed(p.createdAt().toString(), "xsd:dateTime"))
				.add(dataset, "dcat:landingPage", Rdf.iri(base + "/api/3/action/package_show?id=" + p.slug()));
			if (p.portalDatasetUrl() != null) {
				rdf.add(dataset, "dcat:landingPage", Rdf.iri(p.portalDatasetUrl()));
			}
			for (String keyword : p.tags()) {
				rdf.add(dataset, "dcat:keyword", Rdf.thai(keyword));
			}
			rdf.type(publisher, "foaf:Agent")
				.add(publisher, "foaf:name", Rdf.thai(p.laoNameTh()))
				.add(publisher, "dct:identifier", Rdf.plain(p.laoCode()));
			// Thai fiscal year 2569 runs from 1 October 2025 to 30 September 2026
			int endYear = p.fiscalYear() - 543;
			rdf.type(period, "dct:PeriodOfTime")
				.add(period, "dcat:startDate", Rdf.typed(LocalDate.of(endYear - 1, 10, 1).toString(), "xsd:date"))
				.add(period, "dcat:endDate", Rdf.typed(LocalDate.of(endYear, 9, 30).toString(), "xsd:date"));
			String licence = licence(p);
			for (Publication.PublishedResource r : p.resources()) {
				String distribution = dataset + "/distributions/" + r.position();
				String download = downloadUrl(base, r);
				rdf.add(dataset, "dcat:distribution", Rdf.iri(distribution));
				rdf.type(distribution, "dcat:Distribution")
					.add(distribution, "dct:title", Rdf.thai(r.name()))
					.add(distribution, "dcat:downloadURL", Rdf.iri(download))
					.add(distribution, "dcat:accessURL", Rdf.iri(download))
					.add(distribution, "dcat:mediaType",
							Rdf.iri("http://www.iana.org/assignments/media-types/" + r.mediaType().split(";")[0].strip()))
					.add(distribution, "dct:format", Rdf.plain(r.format()))
					.add(distribution, "dcat:byteSize", Rdf.typed(String.valueOf(r.size()), "xsd:nonNegativeInteger"))
					.add(distribution, "dct:license", Rdf.iri(licence));
			}
		}
		return rdf;
	}

	/** The licence the portal was given, as an IRI where it is a known one. */
	private static String licence(Publication p) {
		Object id = p.fields().get("license_id");
		String name = id == null ? "" : id.toString();
		return switch (name) {
			case "Creative Commons Attributions", "cc-by" -> "https://creativecommons.org/licenses/by/4.0/";
			case "Creative Commons Attribution Share-Alike", "cc-by-sa" -> "https://creativecommons.org/licenses/by-sa/4.0/";
			case "Open Data Common", "odc-by" -> "https://opendatacommons.org/licenses/by/1-0/";
			case "GNU Free Documentation License", "gfdl" -> "https://www.gnu.org/licenses/fdl-1.3.html";
			default -> "https://data.go.th/licenses/" + java.net.URLEncoder.encode(name.isEmpty() ? "not-specified" : name,
					java.nio.charset.StandardCharsets.UTF_8);
		};
	}

}
