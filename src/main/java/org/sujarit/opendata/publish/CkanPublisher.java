package org.sujarit.opendata.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.opendata.publish.CkanClient.Session;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.files.FileKind;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.files.StoredFile;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.web.DomainException;

/**
 * Publishes a budget document's dataset to a CKAN portal (data.go.th runs CKAN ≥ 2.9 with
 * ckanext-thai_gdc and ckanext-scheming) and records the publication, which Sujarit's own catalogue then
 * serves.
 *
 * <p>No database transaction or connection is held while the portal is talked to: the dataset's lease
 * ({@link DatasetLeases}, a row committed on its own) keeps two nodes or users from publishing it at
 * once, Sujarit's copies of the files are stored first, and the outcome is recorded in a short
 * transaction of its own at the end. Steps: {@code status_show} (CKAN ≥ 2.9 with scheming; DataStore
 * present?); {@code scheming_dataset_schema_show} (the portal's fields and choice lists, read every
 * time); fill and check the dataset fields ({@link DatasetFields}: nothing is written when a value is not
 * among the portal's choices); then the writes of {@link PortalSteps}, ordered so that readers of the
 * portal see either the dataset as it was or the whole new one, never half of it; a failure takes back
 * what the attempt wrote. Each step looks before it writes and is retried on 5xx and timeouts, never on
 * 4xx. A failure is recorded, not thrown: the publication says which step and field the portal refused,
 * in Thai and English.
 */
@Service
public class CkanPublisher {

	/** What Sujarit keeps of published files: tables and the original PDF. */
	static final Set<FileKind> PUBLISHABLE = EnumSet.of(FileKind.CSV, FileKind.TEXT, FileKind.EXCEL,
			FileKind.PDF);

	private static final int DETAIL_LIMIT = 4000;

	private final PortalRepository portals;

	private final TokenCipher cipher;

	private final CkanClient client;

	private final PublicationRepository publications;

	private final FileStore files;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final DatasetLeases leases;

	private final PublishProperties properties;

	CkanPublisher(PortalRepository portals, TokenCipher cipher, CkanClient client, PublicationRepository publications,
			FileStore files, AuditLog audit, PlatformTransactionManager transactions, ObjectMapper json,
			MessageSource messages, DatasetLeases leases, PublishProperties properties) {
		this.portals = portals;
		this.cipher = cipher;
		this.client = client;
		this.publications = publications;
		this.files = files;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.messages = messages;
		this.leases = leases;
		this.properties = properties;
	}

	/**
	 * Publishes (creates or updates) the dataset on the portal as the signed-in user: a coordinator or
	 * administrator, or an approver of the dataset's own local government.
	 * @return the publication, {@link PublicationStatus#FAILED} with the reason when the portal refused
	 * @throws DomainException when the user may not publish, the portal or the agency's token is not set up,
	 * or the dataset is being published by someone else right now ({@code opendata.publish.busy})
	 */
	public Publication publish(DatasetToPublish dataset, long portalId) {
		SujaritUser user = CurrentUser.require();
		if (!mayPublish(user, dataset.agencyId())) {
			throw DomainException.forbidden("opendata.publish.forbidden");
		}
		Portal portal = portals.portal(portalId)
			.orElseThrow(() -> DomainException.notFound("opendata.publish.portal-not-found", portalId));
		if (!portal.enabled()) {
			throw DomainException.invalid("opendata.publish.portal-disabled", portal.name());
		}
		String slug = slug(dataset);
		PortalCredential credential = portals.credential(portalId, dataset.agencyId())
			.orElseThrow(() -> DomainException.invalid("opendata.publish.no-credential", portal.name(),
					dataset.laoNameTh()));
		return leases.holding(slug, () -> publishTo(dataset, slug, portal, credential, keep(dataset), null));
	}

	/** The dataset's name (slug) on every target. */
	static String slug(DatasetToPublish dataset) {
		try {
			return Slugs.of(dataset.laoCode(), dataset.fiscalYear(), dataset.documentType(), dataset.documentId());
		}
		catch (PublishProblem problem) {
			throw DomainException.invalid(problem.code(), problem.arguments().toArray());
		}
	}

	/** Sujarit's own copy of each file, stored before any portal is talked to (shared by every target). */
	List<StoredFile> keep(DatasetToPublish dataset) {
		return dataset.resources().stream().map(this::keep).toList();
	}

	/**
	 * Publishes to one portal; the caller holds the dataset's lease and has checked the user.
	 * @param requestKey the publish request this belongs to, or null
	 */
	Publication publishTo(DatasetToPublish dataset, String slug, Portal portal, PortalCredential credential,
			List<StoredFile> copies, String requestKey) {
		String token = cipher.decrypt(portals.tokenCipher(portal.id(), dataset.agencyId()).orElseThrow());
		Session session = client.session(portal.baseUrl(), token);
		Map<String, Object> fields = Map.of();
		CkanSchema schema = null;
		PortalSteps steps = new PortalSteps(client, session, leases, json, properties.datastoreBatch(), slug);
		PortalSteps.Written written = null;
		PublishProblem problem = null;
		List<String> notTakenBack = List.of();
		try {
			JsonNode status = client.retrying("status_show", () -> session.get("status_show", Map.of()));
			checkPortal(status);
			JsonNode schemaJson = client.retrying("scheming_dataset_schema_show",
					() -> session.get("scheming_dataset_schema_show", Map.of("type", "dataset")));
			schema = CkanSchema.parse(schemaJson);
			fields = DatasetFields.build(dataset, slug, portal, credential, schema);
			written = steps.write(dataset, fields, hasExtension(status, "datastore"));
		}
		catch (PublishProblem refused) {
			problem = refused;
			notTakenBack = steps.rollBack();
		}
		catch (CkanException failed) {
			problem = translate(failed, schema, portal);
			notTakenBack = steps.rollBack();
		}
		String datasetUrl = written == null ? null
				: portal.baseUrl() + "/dataset/" + written.dataset().path("name").asText(slug);
		List<String> notes = new ArrayList<>();
		if (problem != null && problem.detail() != null) {
			notes.add(problem.detail());
		}
		notTakenBack.forEach(step -> notes.add("not taken back: " + step));
		steps.leftovers().forEach(id -> notes.add("old resource left on the portal: " + id));
		Publication publication = new Publication(0, portal.id(), dataset.documentId(), dataset.agencyId(),
				dataset.laoCode(), dataset.laoNameTh(), dataset.provinceNameTh(), dataset.fiscalYear(),
				dataset.documentType(), slug, dataset.titleTh(), dataset.descriptionTh(), credential.ownerOrg(), fields,
				problem == null ? PublicationStatus.PUBLISHED : PublicationStatus.FAILED, datasetUrl,
				problem == null ? null : problem.code(), problem == null ? null : problem.arguments(), Actor.current(),
				null, List.of());
		List<String> portalIds = new ArrayList<>();
		List<String> portalUrls = new ArrayList<>();
		for (int i = 0; i < copies.size(); i++) {
			JsonNode uploaded = written == null ? null : written.resources().get(i);
			portalIds.add(uploaded == null ? null : uploaded.path("id").asText(null));
			portalUrls.add(uploaded == null ? null : uploaded.path("url").asText(null));
		}
		return record(publication, dataset, copies, portalIds, portalUrls, portal.name(),
				notes.isEmpty() ? null : truncate(String.join("\n", notes)), requestKey);
	}

	/** The outcome, in one short transaction: the publication, its files and the audit entry. */
	Publication record(Publication publication, DatasetToPublish dataset, List<StoredFile> copies,
			List<String> portalIds, List<String> portalUrls, String target, String detail, String requestKey) {
		return transaction.execute(status -> {
			long id = publications.insert(publication, detail, requestKey);
			for (int i = 0; i < copies.size(); i++) {
				DatasetToPublish.Resource resource = dataset.resources().get(i);
				StoredFile copy = copies.get(i);
				publications.insertResource(id, new Publication.PublishedResource(0, i, resource.name(),
						resource.format(), resource.mediaType(), resource.primary(), copy.id(), copy.size(),
						copy.sha256(), portalIds.get(i), portalUrls.get(i)));
			}
			ObjectNode auditDetail = json.createObjectNode()
				.put("target", target)
				.put("slug", publication.slug())
				.put("documentId", publication.documentId())
				.put("status", publication.status().name());
			if (publication.errorCode() != null) {
				auditDetail.put("error", publication.errorCode());
			}
			audit.record("OPENDATA_PUBLISH", "opendata_publication", String.valueOf(id), auditDetail.toString());
			return publications.find(id).orElseThrow();
		});
	}

	/** A publication the signed-in user may see. */
	public Publication publication(long id) {
		SujaritUser user = CurrentUser.require();
		return publications.find(id)
			.filter(p -> user.seesAllAgencies() || user.belongsTo(p.agencyId()))
			.orElseThrow(() -> DomainException.notFound("opendata.publish.publication-not-found", id));
	}

	/** The newest publications the signed-in user may see: every agency's for coordinators. */
	public List<Publication> recent(int limit) {
		SujaritUser user = CurrentUser.require();
		if (user.seesAllAgencies()) {
			return publications.recent(null, limit);
		}
		if (user.agencyId() == null) {
			return List.of();
		}
		return publications.recent(user.agencyId(), limit);
	}

	/** Why the publication failed, in the reader's language; null when it did not. */
	public String errorMessage(Publication publication, Locale locale) {
		if (publication.errorCode() == null) {
			return null;
		}
		return messages.getMessage(publication.errorCode(), publication.errorArgs().toArray(), publication.errorCode(),
				locale);
	}

	static boolean mayPublish(SujaritUser user, long agencyId) {
		return user.seesAllAgencies() || user.has(Role.AGENCY_APPROVER) && user.belongsTo(agencyId);
	}

	private StoredFile keep(DatasetToPublish.Resource resource) {
		try (InputStream in = Files.newInputStream(resource.file())) {
			return files.store(in, resource.file().getFileName().toString(), PUBLISHABLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CKAN 2.9 or later, with ckanext-scheming (the dataset schema comes from it). */
	private static void checkPortal(JsonNode status) {
		String version = status.path("ckan_version").asText("");
		String[] parts = version.split("\\.");
		boolean recent = parts.length >= 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+")
				&& (Integer.parseInt(parts[0]) > 2 || Integer.parseInt(parts[0]) == 2 && Integer.parseInt(parts[1]) >= 9);
		if (!recent) {
			throw new PublishProblem("opendata.publish.portal-too-old", version);
		}
		boolean scheming = false;
		for (JsonNode extension : status.path("extensions")) {
			scheming |= extension.asText().startsWith("scheming");
		}
		if (!scheming) {
			throw new PublishProblem("opendata.publish.portal-no-scheming");
		}
	}

	/** Whether {@code status_show} lists the plugin (e.g. {@code datastore}). */
	private static boolean hasExtension(JsonNode status, String name) {
		for (JsonNode extension : status.path("extensions")) {
			if (extension.asText().equals(name)) {
				return true;
			}
		}
		return false;
	}

	/** The portal's refusal as a message naming the step or the fields, in Thai and English. */
	private PublishProblem translate(CkanException failed, CkanSchema schema, Portal portal) {
		String detail = failed.error() == null ? null : truncate(failed.error().toString());
		if (failed.status() == 409 && failed.error() != null) {
			List<String> thai = new ArrayList<>();
			List<String> english = new ArrayList<>();
			Iterator<Map.Entry<String, JsonNode>> errors = failed.error().fields();
			while (errors.hasNext()) {
				Map.Entry<String, JsonNode> error = errors.next();
				if (error.getKey().startsWith("__")) {
					continue;
				}
				CkanSchema.Field field = schema == null ? null : schema.field(error.getKey()).orElse(null);
				String text = text(error.getValue());
				thai.add((field == null ? error.getKey() : DatasetFields.describe(field, true)) + ": " + text);
				english.add((field == null ? error.getKey() : DatasetFields.describe(field, false)) + ": " + text);
			}
			if (!thai.isEmpty()) {
				return new PublishProblem("opendata.publish.portal-validation",
						List.of(String.join("; ", thai), String.join("; ", english)), detail);
			}
		}
		if (failed.status() == 401 || failed.status() == 403) {
			return new PublishProblem("opendata.publish.portal-forbidden", List.of(portal.name()), detail);
		}
		if (failed.status() == 0) {
			return new PublishProblem("opendata.publish.portal-unreachable", List.of(portal.name()), detail);
		}
		String message = failed.error() == null ? "" : failed.error().path("message").asText("");
		return new PublishProblem("opendata.publish.portal-error",
				List.of(portal.name(), String.valueOf(failed.status()), message), detail);
	}

	private static String text(JsonNode messages) {
		if (messages.isArray()) {
			List<String> all = new ArrayList<>();
			messages.forEach(message -> all.add(message.isTextual() ? message.asText() : message.toString()));
			return String.join(", ", all);
		}
		return messages.isTextual() ? messages.asText() : messages.toString();
	}

	private static String truncate(String text) {
		return text.length() <= DETAIL_LIMIT ? text : text.substring(0, DETAIL_LIMIT);
	}

}
