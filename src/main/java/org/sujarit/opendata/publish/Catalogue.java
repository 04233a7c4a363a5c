package org.sujarit.opendata.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Sujarit as an agency data catalogue: what has been published (the latest successful publication of
 * each dataset), for anyone, through a CKAN-compatible read API and DCAT-AP. Files are served from
 * Sujarit's own copies.
 */
@Service
public class Catalogue {

	public static final int MAX_ROWS = 1000;

	private final PublicationRepository publications;

	Catalogue(PublicationRepository publications) {
		this.publications = publications;
	}

	/** One page of datasets matching the words and exact filters (see {@link PublicationRepository#catalogue}). */
	public Page search(String text, Map<String, String> filters, int rows, int start) {
		int limit = Math.max(0, Math.min(rows, MAX_ROWS));
		int offset = Math.max(0, start);
		return new Page(publications.catalogueCount(text, filters),
				limit == 0 ? List.of() : publications.catalogue(text, filters, limit, offset));
	}

	public Optional<Publication> dataset(String name) {
		return publications.catalogue(null, Map.of("name", name), 1, 0).stream().findFirst();
	}

	public List<CatalogueOrganization> organizations() {
		return publications.organizations();
	}

	public Optional<CatalogueOrganization> organization(String name) {
		return organizations().stream().filter(o -> o.name().equals(name)).findFirst();
	}

	/** Every dataset, newest first (the DCAT catalogue). */
	public List<Publication> all() {
		return publications.catalogue(null, Map.of(), Integer.MAX_VALUE, 0);
	}

	/** A published file Sujarit keeps; empty for anything else. */
	public Optional<Publication.PublishedResource> file(long resourceId) {
		return publications.publishedResource(resourceId);
	}

	public record Page(int count, List<Publication> results) {
	}

}
