package org.sujarit.opendata.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * <p>Steps, under a database lock on the dataset (portal + slug) so no two nodes or users publish it at
 * once: keep Sujarit's copy of each file; {@code status_show} (CKAN ≥ 2.9 with scheming);
 * {@code scheming_dataset_schema_show} (the portal's fields and choice lists, read every time); fill and
 * check the dataset fields ({@link DatasetFields}: nothing is written when a value is not among the
 * portal's choices); {@code package_show} then {@code package_create} (404) or {@code package_patch}
 * (never {@code package_update}, which wipes what it is not given); per file {@code resource_patch} of
 * the same-named resource or {@code resource_create}, as multipart uploads. Each step is idempotent
 * (it looks before it writes) and is retried on 5xx and timeouts, never on 4xx. A failure is recorded,
 * not thrown: the publication says which step and field the portal refused, in Thai and English.
 */
@Service
public class CkanPublisher {

	/** What Sujarit keeps of published files: tables and the original PDF. */
	private static final Set<FileKind> PUBLISHABLE = EnumSet.of(FileKind.CSV, FileKind.TEXT, FileKind.EXCEL,
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

	CkanPublisher(PortalRepository portals, TokenCipher cipher, CkanClient client, PublicationRepository publications,
			FileStore files, AuditLog audit, PlatformTransactionManager transactions, ObjectMapper json,
			MessageSource messages) {
		this.portals = portals;
		this.cipher = cipher;
		this.client = client;
		this.publications = publications;
		this.files = files;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.messages = messages;
	}

	/**
	 * Publishes (creates or updates) the dataset on the portal as the signed-in user: a coordinator or
	 * administrator, or an approver of the dataset's own local government.
	 * @return the publication, {@link PublicationStatus#FAILED} with the reason when the portal refused
	 * @throws DomainException when the user may not publish, or the portal or the agency's token is not set up
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
		String slug;
		try {
			slug = Slugs.of(dataset.laoCode(), dataset.fiscalYear(), dataset.documentType(), dataset.documentId());
		}
		catch (PublishProblem problem) {
			throw DomainException.invalid(problem.code(), problem.arguments().toArray());
		}
		PortalCredential credential = portals.credential(portalId, dataset.agencyId())
			.orElseThrow(() -> DomainException.invalid("opendata.publish.no-credential", portal.name(),
					dataset.laoNameTh()));
		String token = cipher.decrypt(portals.tokenCipher(portalId, dataset.agencyId()).orElseThrow());
		Publication publication = transaction.execute(status -> run(dataset, portal, credential, token, slug));
		return publication;
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

	private Publication run(DatasetToPublish dataset, Portal portal, PortalCredential credential, String token,
			String slug) {
		publications.lockDataset(portal.id(), slug);
		List<StoredFile> copies = dataset.resources().stream().map(this::keep).toList();
		Session session = client.session(portal.baseUrl(), token);
		Map<String, Object> fields = Map.of();
		CkanSchema schema = null;
		String datasetUrl = null;
		String[] portalIds = new String[copies.size()];
		String[] portalUrls = new String[copies.size()];
		PublishProblem problem = null;
		try {
			checkPortal(client.retrying("status_show", () -> session.get("status_show", Map.of())));
			JsonNode schemaJson = client.retrying("scheming_dataset_schema_show",
					() -> session.get("scheming_dataset_schema_show", Map.of("type", "dataset")));
			schema = CkanSchema.parse(schemaJson);
			Map<String, Object> filled = DatasetFields.build(dataset, slug, portal, credential, schema);
			fields = filled;
			JsonNode dataset0 = client.retrying("package", () -> upsertDataset(session, slug, filled));
			String packageId = dataset0.path("id").asText();
			datasetUrl = portal.baseUrl() + "/dataset/" + dataset0.path("name").asText(slug);
			for (int i = 0; i < copies.size(); i++) {
				DatasetToPublish.Resource resource = dataset.resources().get(i);
				JsonNode uploaded = client.retrying("resource " + resource.name(),
						() -> upsertResource(session, slug, packageId, resource));
				portalIds[i] = uploaded.path("id").asText(null);
				portalUrls[i] = uploaded.path("url").asText(null);
			}
		}
		catch (PublishProblem refused) {
			problem = refused;
		}
		catch (CkanException failed) {
			problem = translate(failed, schema, portal);
		}
		Publication publication = new Publication(0, portal.id(), dataset.documentId(), dataset.agencyId(),
				dataset.laoCode(), dataset.laoNameTh(), dataset.provinceNameTh(), dataset.fiscalYear(),
				dataset.documentType(), slug, dataset.titleTh(), dataset.descriptionTh(), credential.ownerOrg(), fields,
				problem == null ? PublicationStatus.PUBLISHED : PublicationStatus.FAILED,
				problem == null ? datasetUrl : null, problem == null ? null : problem.code(),
				problem == null ? null : problem.arguments(), Actor.current(), null, List.of());
		long id = publications.insert(publication, problem == null ? null : problem.detail());
		for (int i = 0; i < copies.size(); i++) {
			DatasetToPublish.Resource resource = dataset.resources().get(i);
			StoredFile copy = copies.get(i);
			publications.insertResource(id, new Publication.PublishedResource(0, i, resource.name(), resource.format(),
					resource.mediaType(), resource.primary(), copy.id(), copy.size(), copy.sha256(), portalIds[i],
					portalUrls[i]));
		}
		ObjectNode detail = json.createObjectNode()
			.put("portal", portal.name())
			.put("slug", slug)
			.put("documentId", dataset.documentId())
			.put("status", publication.status().name());
		if (problem != null) {
			detail.put("error", problem.code());
		}
		audit.record("OPENDATA_PUBLISH", "opendata_publication", String.valueOf(id), detail.toString());
		return publications.find(id).orElseThrow();
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

	/** package_show, then package_create when the portal does not have it, else package_patch. */
	private static JsonNode upsertDataset(Session session, String slug, Map<String, Object> fields) {
		JsonNode existing = show(session, slug);
		if (existing == null) {
			return session.post("package_create", fields);
		}
		Map<String, Object> patch = new LinkedHashMap<>(fields);
		patch.put("id", existing.path("id").asText());
		return session.post("package_patch", patch);
	}

	/** Replaces the same-named resource's file (resource_patch), or adds it (resource_create). */
	private static JsonNode upsertResource(Session session, String slug, String packageId,
			DatasetToPublish.Resource resource) {
		JsonNode dataset = show(session, slug);
		String filename = resource.file().getFileName().toString();
		if (dataset != null) {
			for (JsonNode existing : dataset.path("resources")) {
				if (resource.name().equals(existing.path("name").asText())) {
					return session.upload("resource_patch", Map.of("id", existing.path("id").asText(), "name",
							resource.name(), "format", resource.format()), resource.file(), filename, resource.mediaType());
				}
			}
		}
		return session.upload("resource_create",
				Map.of("package_id", packageId, "name", resource.name(), "format", resource.format(), "mimetype",
						resource.mediaType()),
				resource.file(), filename, resource.mediaType());
	}

	private static JsonNode show(Session session, String slug) {
		try {
			return session.get("package_show", Map.of("id", slug));
		}
		catch (CkanException ex) {
			if (ex.status() == 404) {
				return null;
			}
			throw ex;
		}
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
