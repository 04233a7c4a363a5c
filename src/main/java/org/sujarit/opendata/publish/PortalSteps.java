package org.sujarit.opendata.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sujarit.opendata.publish.CkanClient.Session;
import org.sujarit.platform.tabular.BundledCsv;

/**
 * The writes of one publication to one CKAN portal, in an order that keeps the portal's readers from ever
 * seeing half a dataset:
 * <ul>
 * <li>a new dataset is created private (invisible to the public), gets its files (and the CSV's rows in
 * the DataStore), and becomes public as the very last step; any failure before that deletes it;</li>
 * <li>an existing dataset gets the new files alongside the old ones, then its metadata patched, then the
 * old files deleted; a failure before the first old file is deleted deletes the new files and patches
 * the metadata back. Deleting the first old file is the commit point: an old file that cannot be deleted
 * after that is reported, not undone.</li>
 * </ul>
 * A dataset this portal keeps as deleted (an earlier attempt that was taken back) is revived like a new
 * one: made private and active, refilled, made public last. Every step looks before it writes, so it may
 * be retried on 5xx and timeouts.
 */
final class PortalSteps {

	/** CKAN DataStore column types for Table Schema types. */
	private static final Map<String, String> DATASTORE_TYPES = Map.of("integer", "int", "year", "int", "number",
			"numeric", "boolean", "bool", "date", "date", "datetime", "timestamp");

	private final CkanClient client;

	private final Session session;

	private final DatasetLeases leases;

	private final ObjectMapper json;

	private final int batch;

	private final String slug;

	private final PortalUndo undo = new PortalUndo();

	private final List<String> leftovers = new ArrayList<>();

	PortalSteps(CkanClient client, Session session, DatasetLeases leases, ObjectMapper json, int batch, String slug) {
		this.client = client;
		this.session = session;
		this.leases = leases;
		this.json = json;
		this.batch = batch;
		this.slug = slug;
	}

	/** What the portal holds after a successful attempt. */
	record Written(JsonNode dataset, List<JsonNode> resources) {
	}

	/**
	 * Writes the dataset and its files.
	 * @param datastore the portal has the DataStore: the primary CSV's rows are pushed to it
	 */
	Written write(DatasetToPublish dataset, Map<String, Object> fields, boolean datastore) {
		JsonNode existing = client.retrying("package_show", () -> show(slug));
		boolean fresh = existing == null || "deleted".equals(existing.path("state").asText());
		JsonNode package0;
		List<String> old = new ArrayList<>();
		if (existing == null) {
			Map<String, Object> create = new LinkedHashMap<>(fields);
			create.put("private", true);
			package0 = retryingLookFirst("package_create", () -> show(slug),
					() -> session.post("package_create", create));
			String id = package0.path("id").asText();
			undo.push("package_delete " + id, () -> delete("package_delete", id));
		}
		else if (fresh) {
			Map<String, Object> revive = new LinkedHashMap<>(fields);
			revive.put("id", existing.path("id").asText());
			revive.put("private", true);
			revive.put("state", "active");
			package0 = client.retrying("package_patch", () -> session.post("package_patch", revive));
			existing.path("resources").forEach(r -> old.add(r.path("id").asText()));
			String id = package0.path("id").asText();
			undo.push("package_delete " + id, () -> delete("package_delete", id));
		}
		else {
			package0 = existing;
			existing.path("resources").forEach(r -> old.add(r.path("id").asText()));
		}
		String packageId = package0.path("id").asText();
		Set<String> known = new HashSet<>(old);
		List<JsonNode> uploaded = new ArrayList<>();
		for (DatasetToPublish.Resource resource : dataset.resources()) {
			leases.renew(slug);
			JsonNode created = retryingLookFirst("resource_create " + resource.name(),
					() -> madeBefore(resource, known), () -> createResource(packageId, resource));
			String resourceId = created.path("id").asText();
			known.add(resourceId);
			if (!fresh) {
				undo.push("resource_delete " + resourceId, () -> delete("resource_delete", resourceId));
			}
			uploaded.add(created);
			if (resource.primary() && datastore && resource.format().equalsIgnoreCase("CSV")) {
				pushRows(resourceId, resource, dataset);
			}
		}
		leases.renew(slug);
		JsonNode result;
		if (fresh) {
			deleteOld(old, false);
			result = client.retrying("package_patch", () -> session.post("package_patch",
					Map.of("id", packageId, "private", false)));
			undo.commit();
		}
		else {
			Map<String, Object> before = snapshot(existing, fields);
			Map<String, Object> patch = new LinkedHashMap<>(fields);
			patch.put("id", packageId);
			result = client.retrying("package_patch", () -> session.post("package_patch", patch));
			undo.push("package_patch " + packageId, () -> client.retrying("package_patch",
					() -> session.post("package_patch", before)));
			deleteOld(old, true);
			undo.commit();
		}
		return new Written(result, uploaded);
	}

	/** Takes back what this attempt wrote. @return the steps that could not be taken back */
	List<String> rollBack() {
		return undo.rollBack();
	}

	/** Old files left on the portal because deleting them failed after the commit point. */
	List<String> leftovers() {
		return List.copyOf(leftovers);
	}

	/**
	 * Deletes the dataset's previous files. With {@code commitOnFirst}, the first successful delete is the
	 * commit point; later failures are left over rather than taken back.
	 */
	private void deleteOld(List<String> old, boolean commitOnFirst) {
		boolean committed = false;
		for (String id : old) {
			try {
				client.retrying("resource_delete", () -> delete("resource_delete", id));
			}
			catch (CkanException ex) {
				if (!committed) {
					throw ex;
				}
				leftovers.add(id);
				continue;
			}
			if (commitOnFirst && !committed) {
				undo.commit();
				committed = true;
			}
		}
	}

	/** The values the patch will change, as the dataset has them now (empty where it has none). */
	private static Map<String, Object> snapshot(JsonNode existing, Map<String, Object> fields) {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("id", existing.path("id").asText());
		for (String key : fields.keySet()) {
			JsonNode value = existing.get(key);
			before.put(key, value == null || value.isNull() ? "" : value);
		}
		return before;
	}

	/**
	 * A write that is retried: every try after the first looks first for what an earlier try whose answer
	 * was lost may have made, and uses it.
	 */
	private JsonNode retryingLookFirst(String step, Supplier<JsonNode> lookup, Supplier<JsonNode> write) {
		AtomicBoolean first = new AtomicBoolean(true);
		return client.retrying(step, () -> {
			if (!first.getAndSet(false)) {
				JsonNode found = lookup.get();
				if (found != null) {
					return found;
				}
			}
			return write.get();
		});
	}

	/** A file of this name on the dataset that this attempt does not know yet: made by a lost try. */
	private JsonNode madeBefore(DatasetToPublish.Resource resource, Set<String> known) {
		JsonNode current = show(slug);
		if (current != null) {
			for (JsonNode existing : current.path("resources")) {
				if (resource.name().equals(existing.path("name").asText())
						&& !known.contains(existing.path("id").asText())) {
					return existing;
				}
			}
		}
		return null;
	}

	private JsonNode createResource(String packageId, DatasetToPublish.Resource resource) {
		String filename = resource.file().getFileName().toString();
		return session.upload("resource_create", Map.of("package_id", packageId, "name", resource.name(), "format",
				resource.format(), "mimetype", resource.mediaType()), resource.file(), filename, resource.mediaType());
	}

	/**
	 * The CSV's rows into the portal's DataStore: {@code datastore_create} with the columns (types from
	 * the dataset's Table Schema, text where it has none) and the first batch of records, then
	 * {@code datastore_upsert} (method insert) per further batch. {@code force}: an uploaded file's
	 * DataStore table is read-only to everyone else. Deleting the resource (when the attempt is taken back)
	 * drops its table.
	 */
	private void pushRows(String resourceId, DatasetToPublish.Resource resource, DatasetToPublish dataset) {
		List<BundledCsv.Row> rows;
		try {
			rows = BundledCsv.parse(Files.readString(resource.file(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> types = TableSchemas.types(dataset, json);
		List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).values().keySet());
		if (columns.isEmpty()) {
			return;
		}
		List<Map<String, Object>> fields = new ArrayList<>();
		for (String column : columns) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("id", column);
			field.put("type", DATASTORE_TYPES.getOrDefault(types.getOrDefault(column, "string"), "text"));
			fields.add(field);
		}
		for (int from = 0; from < rows.size() || from == 0; from += batch) {
			List<Map<String, Object>> records = new ArrayList<>();
			for (BundledCsv.Row row : rows.subList(from, Math.min(rows.size(), from + batch))) {
				Map<String, Object> record = new LinkedHashMap<>();
				for (String column : columns) {
					record.put(column, value(row.orNull(column), types.get(column)));
				}
				records.add(record);
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("resource_id", resourceId);
			body.put("force", true);
			body.put("records", records);
			leases.renew(slug);
			if (from == 0) {
				body.put("fields", fields);
				client.retrying("datastore_create", () -> session.post("datastore_create", body));
			}
			else {
				body.put("method", "insert");
				client.retrying("datastore_upsert", () -> session.post("datastore_upsert", body));
			}
			if (rows.isEmpty()) {
				break;
			}
		}
	}

	private static Object value(String text, String type) {
		if (text == null) {
			return null;
		}
		try {
			return switch (type == null ? "string" : type) {
				case "integer", "year" -> Long.valueOf(text);
				case "number" -> new BigDecimal(text);
				default -> text;
			};
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	private JsonNode delete(String action, String id) {
		try {
			return session.post(action, Map.of("id", id));
		}
		catch (CkanException ex) {
			if (ex.status() == 404) {
				// already gone: an earlier try's answer was lost
				return null;
			}
			throw ex;
		}
	}

	private JsonNode show(String name) {
		try {
			return session.get("package_show", Map.of("id", name));
		}
		catch (CkanException ex) {
			if (ex.status() == 404) {
				return null;
			}
			throw ex;
		}
	}

}
