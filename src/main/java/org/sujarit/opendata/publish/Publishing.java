package org.sujarit.opendata.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.files.StoredFile;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * Publishing a valid budget document: always into Sujarit's own catalogue (the CKAN-compatible API, DCAT
 * and the public explorer serve it, so a local government with no portal account still publishes), then
 * to each enabled portal where the local government has an organisation and token. All of it under the
 * dataset's lease, so two requests never publish one dataset at once; a repeated request (the same
 * request key: a double-clicked button, a resent form) answers with what the first one did.
 */
@Service
public class Publishing {

	private static final Logger log = LoggerFactory.getLogger(Publishing.class);

	/** The licence of datasets in Sujarit's own catalogue (data.go.th's default). */
	static final String CATALOGUE_LICENSE = "Open Data Common";

	private final ObjectProvider<DatasetSource> sources;

	private final CkanPublisher ckan;

	private final PortalRepository portals;

	private final PublicationRepository publications;

	private final DatasetLeases leases;

	private final MessageSource messages;

	Publishing(ObjectProvider<DatasetSource> sources, CkanPublisher ckan, PortalRepository portals,
			PublicationRepository publications, DatasetLeases leases, MessageSource messages) {
		this.sources = sources;
		this.ckan = ckan;
		this.portals = portals;
		this.publications = publications;
		this.leases = leases;
		this.messages = messages;
	}

	/** What one publish request did. @param repeated the request had been answered before: nothing new was published */
	public record Result(List<Publication> publications, boolean repeated) {

		public boolean allPublished() {
			return publications.stream().allMatch(p -> p.status() == PublicationStatus.PUBLISHED);
		}

	}

	/** Whether the signed-in user may publish the local government's documents. */
	public boolean mayPublish(long agencyId) {
		return CurrentUser.find().map(user -> CkanPublisher.mayPublish(user, agencyId)).orElse(false);
	}

	/**
	 * Publishes the document to Sujarit's catalogue and every portal it can go to, as the signed-in user
	 * (an approver of its local government, a coordinator or an administrator).
	 * @param requestKey identifies this request (a key sent with the form); null for none
	 * @throws DomainException when the user may not, the document is not valid, or the dataset is being
	 * published right now ({@code opendata.publish.busy})
	 */
	public Result publish(long documentId, String requestKey) {
		DatasetSource source = source();
		mayPublish(source, documentId);
		DatasetToPublish dataset = source.dataset(documentId);
		try {
			return publishChecked(dataset, requestKey);
		}
		finally {
			deleteFiles(dataset);
		}
	}

	/**
	 * Publishes the document to one portal only (not to Sujarit's catalogue), as the signed-in user; the
	 * document is marked published when the portal took it.
	 */
	public Publication publishToPortal(long documentId, long portalId) {
		DatasetSource source = source();
		mayPublish(source, documentId);
		DatasetToPublish dataset = source.dataset(documentId);
		Publication publication;
		try {
			publication = ckan.publish(dataset, portalId);
		}
		finally {
			deleteFiles(dataset);
		}
		if (publication.status() == PublicationStatus.PUBLISHED) {
			source.published(documentId);
		}
		return publication;
	}

	/** Demo data: publishes a valid document without a signed-in user (run as a named process). */
	Result publishAsProcess(long documentId) {
		DatasetToPublish dataset = source().dataset(documentId);
		try {
			return publishChecked(dataset, null);
		}
		finally {
			deleteFiles(dataset);
		}
	}

	private Result publishChecked(DatasetToPublish dataset, String requestKey) {
		String slug = CkanPublisher.slug(dataset);
		String key = requestKey == null || requestKey.isBlank() ? null : requestKey.strip();
		return leases.holding(slug, () -> {
			if (key != null) {
				List<Publication> earlier = publications.ofRequest(key);
				if (!earlier.isEmpty()) {
					return new Result(earlier, true);
				}
			}
			List<StoredFile> copies = ckan.keep(dataset);
			List<Publication> made = new ArrayList<>();
			Publication catalogue = intoCatalogue(dataset, slug, copies, key);
			made.add(catalogue);
			source().published(dataset.documentId());
			for (Portal portal : portals.portals()) {
				if (!portal.enabled()) {
					continue;
				}
				portals.credential(portal.id(), dataset.agencyId())
					.ifPresent(credential -> made.add(ckan.publishTo(dataset, slug, portal, credential, copies, key)));
			}
			log.info("Published {} to Sujarit's catalogue and {} portal(s) as {}", slug, made.size() - 1,
					Actor.current());
			return new Result(made, false);
		});
	}

	/** Sujarit's own catalogue: the publication and Sujarit's copies of the files are all it takes. */
	private Publication intoCatalogue(DatasetToPublish dataset, String slug, List<StoredFile> copies, String key) {
		Map<String, Object> fields = new java.util.LinkedHashMap<>();
		fields.put("name", slug);
		fields.put("title", dataset.titleTh());
		fields.put("notes", dataset.descriptionTh());
		fields.put("tag_string", String.join(",", DatasetFields.tags(dataset)));
		fields.put("license_id", CATALOGUE_LICENSE);
		Publication publication = new Publication(0, null, dataset.documentId(), dataset.agencyId(), dataset.laoCode(),
				dataset.laoNameTh(), dataset.provinceNameTh(), dataset.fiscalYear(), dataset.documentType(), slug,
				dataset.titleTh(), dataset.descriptionTh(), "lao-" + dataset.laoCode(), fields,
				PublicationStatus.PUBLISHED, null, null, null, Actor.current(), null, List.of());
		List<String> none = copies.stream().map(c -> (String) null).toList();
		return ckan.record(publication, dataset, copies, none, none, "catalogue", null, key);
	}

	/** The document's publications the signed-in user may see, newest first. */
	public List<PublicationView> history(long documentId, Locale locale) {
		SujaritUser user = CurrentUser.require();
		return views(publications.ofDocument(documentId)
			.stream()
			.filter(p -> user.seesAllAgencies() || user.belongsTo(p.agencyId()))
			.toList(), locale);
	}

	/** Publications with their target's name and their reason for failing, in the reader's language. */
	public List<PublicationView> views(List<Publication> list, Locale locale) {
		Map<Long, String> names = portals.portals().stream().collect(Collectors.toMap(Portal::id, Portal::name));
		Function<Publication, String> target = p -> p.portalId() == null
				? messages.getMessage("opendata.publish.target.catalogue", null, locale)
				: names.getOrDefault(p.portalId(), String.valueOf(p.portalId()));
		return list.stream().map(p -> new PublicationView(p, target.apply(p), ckan.errorMessage(p, locale))).toList();
	}

	/** Refuses before any file is made when the signed-in user may not publish the document. */
	private static void mayPublish(DatasetSource source, long documentId) {
		if (!CkanPublisher.mayPublish(CurrentUser.require(), source.agencyId(documentId))) {
			throw DomainException.forbidden("opendata.publish.forbidden");
		}
	}

	private DatasetSource source() {
		DatasetSource source = sources.getIfAvailable();
		if (source == null) {
			throw DomainException.invalid("opendata.publish.no-dataset-source");
		}
		return source;
	}

	/** The dataset's files were written for this publication only (the catalogue keeps its own copies). */
	static void deleteFiles(DatasetToPublish dataset) {
		dataset.resources().stream().map(r -> r.file().getParent()).distinct().forEach(Publishing::delete);
	}

	private static void delete(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			log.debug("Temporary dataset directory {} left behind: {}", dir, ex.getMessage());
		}
	}

}
