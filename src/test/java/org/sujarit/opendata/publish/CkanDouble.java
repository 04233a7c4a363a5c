package org.sujarit.opendata.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A test double of a CKAN portal's Action API (CKAN 2.10 with ckanext-thai_gdc and ckanext-scheming), run
 * as a real HTTP server inside the test JVM. <strong>No real CKAN runs in Sujarit's tests</strong>: this
 * double follows the contract Sujarit relies on, from CKAN's and the extensions' documentation and code:
 *
 * <ul>
 * <li>answers {@code {"help": ..., "success": true|false, "result"|"error": ...}};</li>
 * <li>the API token in the {@code Authorization} header; a wrong token, or a write without one, gets 403
 * {@code Authorization Error}; a token may write only to its organisations;</li>
 * <li>{@code scheming_dataset_schema_show} serves the real thai_gdc schema
 * ({@code src/test/resources/opendata/ckan/thai_gdc_ckan_dataset.json}, see the README beside it);</li>
 * <li>409 {@code Validation Error} with field → messages for missing required fields, values outside a
 * field's choices, a bad name (slug), a name or title already used;</li>
 * <li>{@code package_patch} merges; {@code package_update} replaces the whole dataset, wiping omitted
 * fields and resources (as CKAN does) — every call is recorded so tests can prove Sujarit never calls
 * it;</li>
 * <li>{@code resource_create} and {@code resource_patch} take multipart/form-data uploads;
 * {@code resource_delete} removes a resource (and its DataStore table, as the datastore plugin does);</li>
 * <li>{@code private} datasets and datasets in state {@code deleted} ({@code package_delete} only marks
 * them: their name stays taken) are seen only with a token of their organisation (403 otherwise) and
 * are not part of the {@link #publicView() public view};</li>
 * <li>{@code datastore_create} / {@code datastore_upsert} (method {@code insert}) as in CKAN's datastore
 * plugin: the resource must exist (404), an uploaded file's table is read-only without {@code force}
 * (409 {@code read-only}), field types must be DataStore types, records may only hold the table's fields
 * and numeric columns only numbers (409).</li>
 * </ul>
 * Tests can make calls of an action fail with a status (e.g. 503) — the next ones, or the one after a
 * number of successful calls — and hold one call until released (to show that publications of one
 * dataset never talk to the portal at once).
 */
final class CkanDouble implements AutoCloseable {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_-]{2,70}");

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{Nd}_ .-]{2,100}");

	private static final Set<String> WRITES = Set.of("package_create", "package_patch", "package_update",
			"package_delete", "resource_create", "resource_patch", "resource_delete", "datastore_create",
			"datastore_upsert");

	private static final Set<String> DATASTORE_TYPES = Set.of("text", "numeric", "int", "float", "date", "time",
			"timestamp", "bool", "json", "int4", "int8", "float8");

	record Call(String action, String dataset, int status) {
	}

	private final ObjectMapper json = new ObjectMapper();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final JsonNode schema;

	private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();

	private final Map<String, ObjectNode> datasets = new ConcurrentHashMap<>();

	private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

	/** Calls of an action to fail: after {@code skip} more successful ones, {@code times} answer {@code status}. */
	private record Failure(AtomicInteger skip, AtomicInteger times, int status) {
	}

	private final Map<String, Failure> failures = new ConcurrentHashMap<>();

	/** DataStore tables by resource id: fields, then records. */
	private final Map<String, ObjectNode> datastore = new ConcurrentHashMap<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicBoolean overlapped = new AtomicBoolean();

	private volatile Hold hold;

	private volatile String ckanVersion = "2.10.4";

	private volatile List<String> extensions = List.of("thai_gdc", "scheming_datasets", "scheming_organizations",
			"datastore", "xloader");

	/** One call of {@code action} waits in the server until {@link #release()}. */
	private static final class Hold {

		final String action;

		final CountDownLatch arrived = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		final AtomicBoolean claimed = new AtomicBoolean();

		Hold(String action) {
			this.action = action;
		}

	}

	CkanDouble() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/opendata/ckan/thai_gdc_ckan_dataset.json")) {
			schema = json.readTree(in);
		}
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(executor);
		server.createContext("/api/3/action/", this::handle);
		server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** A user's API token and the organisations it may publish to. */
	CkanDouble token(String token, String... organizations) {
		tokens.put(token, Set.of(organizations));
		return this;
	}

	/** The plugins {@code status_show} lists (a portal without {@code datastore} has no DataStore). */
	CkanDouble extensions(String... names) {
		extensions = List.of(names);
		return this;
	}

	CkanDouble version(String version) {
		ckanVersion = version;
		return this;
	}

	/** The next {@code times} calls of {@code action} answer {@code status} (without doing anything). */
	CkanDouble failNext(String action, int status, int times) {
		return failAfter(action, 0, status, times);
	}

	/** After {@code skip} more successful calls of {@code action}, the next {@code times} answer {@code status}. */
	CkanDouble failAfter(String action, int skip, int status, int times) {
		failures.put(action, new Failure(new AtomicInteger(skip), new AtomicInteger(times), status));
		return this;
	}

	/** A dataset someone else already published (e.g. to collide on its title). */
	CkanDouble existing(String name, String title, String organization) {
		ObjectNode dataset = json.createObjectNode().put("id", UUID.randomUUID().toString()).put("name", name)
			.put("title", title).put("owner_org", organization);
		dataset.putArray("resources");
		datasets.put(name, dataset);
		return this;
	}

	/** Makes the next call of {@code action} wait until {@link #release()}. */
	void holdNext(String action) {
		hold = new Hold(action);
	}

	boolean awaitHeld() throws InterruptedException {
		return hold.arrived.await(30, TimeUnit.SECONDS);
	}

	void release() {
		hold.release.countDown();
	}

	List<Call> calls() {
		synchronized (calls) {
			return List.copyOf(calls);
		}
	}

	List<String> actions() {
		return calls().stream().map(Call::action).toList();
	}

	/** Whether two calls about datasets were ever in progress at the same time. */
	boolean overlapped() {
		return overlapped.get();
	}

	ObjectNode dataset(String name) {
		return datasets.get(name);
	}

	/**
	 * What an anonymous reader of the portal sees: the active, public datasets with their resources (and
	 * each resource's DataStore rows), by name.
	 */
	synchronized Map<String, JsonNode> publicView() {
		Map<String, JsonNode> view = new java.util.TreeMap<>();
		datasets.forEach((name, dataset) -> {
			if (visibleToAll(dataset)) {
				ObjectNode copy = dataset.deepCopy();
				for (JsonNode resource : copy.path("resources")) {
					ObjectNode table = datastore.get(resource.path("id").asText());
					if (table != null) {
						((ObjectNode) resource).set("datastore_records", table.path("records").deepCopy());
					}
				}
				view.put(name, copy);
			}
		});
		return view;
	}

	/** A resource's DataStore table ({@code fields}, {@code records}); null when it has none. */
	ObjectNode datastore(String resourceId) {
		return datastore.get(resourceId);
	}

	private static boolean visibleToAll(JsonNode dataset) {
		return !dataset.path("private").asBoolean(false) && !"deleted".equals(dataset.path("state").asText("active"));
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String action = exchange.getRequestURI().getPath().substring("/api/3/action/".length());
		boolean aboutDataset = action.startsWith("package_") || action.startsWith("resource_")
				|| action.startsWith("datastore_");
		if (aboutDataset && inFlight.incrementAndGet() > 1) {
			overlapped.set(true);
		}
		try {
			Hold current = hold;
			if (current != null && current.action.equals(action) && current.claimed.compareAndSet(false, true)) {
				current.arrived.countDown();
				current.release.await(30, TimeUnit.SECONDS);
			}
			answer(exchange, action);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			send(exchange, action, 500, error("Internal Server Error", String.valueOf(ex)));
		}
		finally {
			if (aboutDataset) {
				inFlight.decrementAndGet();
			}
		}
	}

	private void answer(HttpExchange exchange, String action) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		ObjectNode input = json.createObjectNode();
		query.forEach(input::put);
		Map<String, byte[]> files = new HashMap<>();
		if (contentType.startsWith("application/json")) {
			input.setAll((ObjectNode) json.readTree(body));
		}
		else if (contentType.startsWith("multipart/form-data")) {
			multipart(body, contentType.substring(contentType.indexOf("boundary=") + 9), input, files);
		}
		String dataset = input.path("name").asText(input.path("id").asText(input.path("package_id")
			.asText(input.path("resource_id").asText(null))));
		Failure failing = failures.get(action);
		if (failing != null && failing.skip().getAndDecrement() <= 0 && failing.times().getAndDecrement() > 0) {
			send(exchange, action, failing.status(), dataset, error("Internal Server Error", "Service Unavailable"));
			return;
		}
		String token = exchange.getRequestHeaders().getFirst("Authorization");
		Set<String> organizations = token == null ? null : tokens.get(token);
		if (token != null && organizations == null || WRITES.contains(action) && organizations == null) {
			send(exchange, action, 403, dataset, error("Authorization Error", "Access denied: invalid or missing API token"));
			return;
		}
		switch (action) {
			case "status_show" -> {
				ObjectNode status = json.createObjectNode().put("ckan_version", ckanVersion).put("site_url", baseUrl());
				extensions.forEach(status.putArray("extensions")::add);
				send(exchange, action, 200, null, ok(status));
			}
			case "scheming_dataset_schema_show" -> send(exchange, action, 200, null, ok(schema));
			case "package_show" -> {
				ObjectNode found = find(input.path("id").asText());
				if (found != null && !visibleToAll(found)
						&& (organizations == null || !organizations.contains(found.path("owner_org").asText()))) {
					send(exchange, action, 403, dataset, error("Authorization Error",
							"User not authorized to read package " + found.path("id").asText()));
				}
				else {
					send(exchange, action, found == null ? 404 : 200, dataset,
							found == null ? error("Not Found Error", "Not found") : ok(found));
				}
			}
			case "package_create", "package_update", "package_patch" -> writeDataset(exchange, action, input, organizations);
			case "package_delete" -> deleteDataset(exchange, action, input, organizations);
			case "resource_create", "resource_patch" -> writeResource(exchange, action, input, files, organizations);
			case "resource_delete" -> deleteResource(exchange, action, input, organizations);
			case "datastore_create", "datastore_upsert" -> {
				if (!extensions.contains("datastore")) {
					send(exchange, action, 400, dataset, error("Bad request", "Action name not known: " + action));
				}
				else {
					writeDatastore(exchange, action, input, organizations);
				}
			}
			default -> send(exchange, action, 400, dataset, error("Bad request", "Action name not known: " + action));
		}
	}

	private synchronized void writeDataset(HttpExchange exchange, String action, ObjectNode input,
			Set<String> organizations) throws IOException {
		ObjectNode existing = action.equals("package_create") ? null : find(input.path("id").asText());
		if (!action.equals("package_create") && existing == null) {
			send(exchange, action, 404, input.path("id").asText(), error("Not Found Error", "Not found"));
			return;
		}
		ObjectNode result;
		if (action.equals("package_patch")) {
			result = existing.deepCopy();
			input.fields().forEachRemaining(field -> result.set(field.getKey(), field.getValue()));
		}
		else {
			// create, and update: exactly what was sent; update wipes omitted fields and resources
			result = input.deepCopy();
			if (!result.has("resources")) {
				result.putArray("resources");
			}
		}
		result.put("id", existing == null ? UUID.randomUUID().toString() : existing.path("id").asText());
		if (!result.hasNonNull("state")) {
			result.put("state", "active");
		}
		result.put("private", result.path("private").asBoolean(false) || "True".equals(result.path("private").asText()));
		String owner = result.path("owner_org").asText();
		if (!organizations.contains(owner)) {
			send(exchange, action, 403, result.path("name").asText(),
					error("Authorization Error", "User not authorized to add dataset to organization " + owner));
			return;
		}
		Map<String, List<String>> errors = validate(result, existing);
		if (!errors.isEmpty()) {
			ObjectNode error = json.createObjectNode().put("__type", "Validation Error");
			errors.forEach((field, messages) -> messages.forEach(error.withArray(field)::add));
			send(exchange, action, 409, result.path("name").asText(), envelope(false).set("error", error));
			return;
		}
		if (existing != null) {
			datasets.remove(existing.path("name").asText());
		}
		datasets.put(result.path("name").asText(), result);
		send(exchange, action, 200, result.path("name").asText(), ok(result));
	}

	private synchronized void writeResource(HttpExchange exchange, String action, ObjectNode input,
			Map<String, byte[]> files, Set<String> organizations) throws IOException {
		ObjectNode dataset;
		ObjectNode resource;
		if (action.equals("resource_create")) {
			dataset = find(input.path("package_id").asText());
			if (dataset == null) {
				send(exchange, action, 404, input.path("package_id").asText(), error("Not Found Error", "Not found"));
				return;
			}
			resource = ((ArrayNode) dataset.withArray("resources")).addObject();
			resource.put("id", UUID.randomUUID().toString()).put("package_id", dataset.path("id").asText());
		}
		else {
			dataset = null;
			resource = null;
			for (ObjectNode candidate : datasets.values()) {
				for (JsonNode r : candidate.path("resources")) {
					if (r.path("id").asText().equals(input.path("id").asText())) {
						dataset = candidate;
						resource = (ObjectNode) r;
					}
				}
			}
			if (resource == null) {
				send(exchange, action, 404, input.path("id").asText(), error("Not Found Error", "Not found"));
				return;
			}
		}
		if (!organizations.contains(dataset.path("owner_org").asText())) {
			send(exchange, action, 403, dataset.path("name").asText(), error("Authorization Error", "Not authorized"));
			return;
		}
		for (String field : List.of("name", "format", "mimetype")) {
			if (input.hasNonNull(field)) {
				resource.put(field, input.get(field).asText());
			}
		}
		byte[] upload = files.get("upload");
		if (upload != null) {
			String filename = input.path("upload_filename").asText("file");
			resource.put("url", baseUrl() + "/dataset/" + dataset.path("id").asText() + "/resource/"
					+ resource.path("id").asText() + "/download/" + filename);
			resource.put("url_type", "upload").put("size", upload.length);
		}
		send(exchange, action, 200, dataset.path("name").asText(), ok(resource));
	}

	/** package_delete: the dataset stays, in state deleted (its name still taken); readers no longer see it. */
	private synchronized void deleteDataset(HttpExchange exchange, String action, ObjectNode input,
			Set<String> organizations) throws IOException {
		ObjectNode existing = find(input.path("id").asText());
		if (existing == null) {
			send(exchange, action, 404, input.path("id").asText(), error("Not Found Error", "Not found"));
			return;
		}
		if (!organizations.contains(existing.path("owner_org").asText())) {
			send(exchange, action, 403, existing.path("name").asText(), error("Authorization Error", "Not authorized"));
			return;
		}
		existing.put("state", "deleted");
		send(exchange, action, 200, existing.path("name").asText(), envelope(true).putNull("result"));
	}

	/** resource_delete: the resource leaves its dataset, and its DataStore table goes with it. */
	private synchronized void deleteResource(HttpExchange exchange, String action, ObjectNode input,
			Set<String> organizations) throws IOException {
		String id = input.path("id").asText();
		for (ObjectNode candidate : datasets.values()) {
			ArrayNode resources = (ArrayNode) candidate.withArray("resources");
			for (int i = 0; i < resources.size(); i++) {
				if (resources.get(i).path("id").asText().equals(id)) {
					if (!organizations.contains(candidate.path("owner_org").asText())) {
						send(exchange, action, 403, candidate.path("name").asText(), error("Authorization Error", "Not authorized"));
						return;
					}
					resources.remove(i);
					datastore.remove(id);
					send(exchange, action, 200, candidate.path("name").asText(), envelope(true).putNull("result"));
					return;
				}
			}
		}
		send(exchange, action, 404, id, error("Not Found Error", "Resource was not found."));
	}

	/**
	 * datastore_create (fields, then records) and datastore_upsert with method insert (records), as CKAN's
	 * datastore plugin checks them.
	 */
	private synchronized void writeDatastore(HttpExchange exchange, String action, ObjectNode input,
			Set<String> organizations) throws IOException {
		String id = input.path("resource_id").asText();
		ObjectNode owner = null;
		JsonNode resource = null;
		for (ObjectNode candidate : datasets.values()) {
			for (JsonNode r : candidate.path("resources")) {
				if (r.path("id").asText().equals(id)) {
					owner = candidate;
					resource = r;
				}
			}
		}
		if (resource == null) {
			send(exchange, action, 404, id, error("Not Found Error", "Resource \"" + id + "\" was not found."));
			return;
		}
		if (!organizations.contains(owner.path("owner_org").asText())) {
			send(exchange, action, 403, owner.path("name").asText(), error("Authorization Error", "Not authorized"));
			return;
		}
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (!"datastore".equals(resource.path("url_type").asText()) && !input.path("force").asBoolean(false)) {
			errors.put("read-only", List.of("Cannot edit read-only resource. Either pass\"force=True\" or change url_type to \"datastore\""));
		}
		ObjectNode table = datastore.get(id);
		if (action.equals("datastore_create")) {
			table = json.createObjectNode();
			table.set("fields", input.path("fields").deepCopy());
			table.putArray("records");
			for (JsonNode field : input.path("fields")) {
				if (!DATASTORE_TYPES.contains(field.path("type").asText("text"))) {
					errors.computeIfAbsent("fields", k -> new ArrayList<>())
						.add("\"" + field.path("type").asText() + "\" is not a valid field type");
				}
			}
		}
		else if (table == null) {
			send(exchange, action, 404, id, error("Not Found Error", "Resource \"" + id + "\" was not found."));
			return;
		}
		else if (!"insert".equals(input.path("method").asText("upsert"))) {
			errors.put("method", List.of("only insert is modelled by this double"));
		}
		Map<String, String> types = new LinkedHashMap<>();
		table.path("fields").forEach(field -> types.put(field.path("id").asText(), field.path("type").asText("text")));
		int row = 0;
		for (JsonNode record : input.path("records")) {
			row++;
			for (java.util.Iterator<String> names = record.fieldNames(); names.hasNext();) {
				String name = names.next();
				String type = types.get(name);
				if (type == null) {
					errors.computeIfAbsent("records", k -> new ArrayList<>())
						.add("row \"" + row + "\" has extra keys \"" + name + "\"");
				}
				else if (Set.of("numeric", "int", "float").contains(type) && !record.get(name).isNull()
						&& !record.get(name).isNumber()) {
					errors.computeIfAbsent("records", k -> new ArrayList<>())
						.add("invalid input syntax for type " + type + ": \"" + record.get(name).asText() + "\"");
				}
			}
		}
		if (!errors.isEmpty()) {
			ObjectNode error = json.createObjectNode().put("__type", "Validation Error");
			errors.forEach((field, messages) -> messages.forEach(error.withArray(field)::add));
			send(exchange, action, 409, owner.path("name").asText(), envelope(false).set("error", error));
			return;
		}
		input.path("records").forEach(((ArrayNode) table.withArray("records"))::add);
		datastore.put(id, table);
		((ObjectNode) resource).put("datastore_active", true);
		ObjectNode result = json.createObjectNode().put("resource_id", id);
		result.set("fields", table.path("fields"));
		send(exchange, action, 200, owner.path("name").asText(), ok(result));
	}

	/** thai_gdc's rules, from the schema: required fields, choice values, slug, unique name and title. */
	private Map<String, List<String>> validate(ObjectNode dataset, ObjectNode existing) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String name = dataset.path("name").asText("");
		if (name.isEmpty()) {
			errors.computeIfAbsent("name", k -> new ArrayList<>()).add("Missing value");
		}
		else if (!NAME.matcher(name).matches()) {
			errors.computeIfAbsent("name", k -> new ArrayList<>())
				.add("Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_");
		}
		else if (datasets.containsKey(name) && (existing == null || !existing.path("name").asText().equals(name))) {
			errors.computeIfAbsent("name", k -> new ArrayList<>()).add("That URL is already in use.");
		}
		for (JsonNode field : schema.path("dataset_fields")) {
			String key = field.path("field_name").asText();
			JsonNode value = dataset.get(key);
			boolean empty = value == null || value.isNull() || value.asText().isBlank() && !value.isArray()
					|| value.isArray() && value.isEmpty();
			if (field.path("required").asBoolean(false) && empty) {
				errors.computeIfAbsent(key, k -> new ArrayList<>()).add("Missing value");
				continue;
			}
			if (empty || !field.has("choices")) {
				continue;
			}
			Set<String> choices = new java.util.HashSet<>();
			field.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
			List<String> values = new ArrayList<>();
			if (value.isArray()) {
				value.forEach(v -> values.add(v.asText()));
			}
			else {
				values.add(value.asText());
			}
			for (String v : values) {
				if (!choices.contains(v)) {
					errors.computeIfAbsent(key, k -> new ArrayList<>()).add("unexpected choice \"" + v + "\"");
				}
			}
		}
		for (String tag : dataset.path("tag_string").asText("").split(",")) {
			if (!tag.isBlank() && !TAG.matcher(tag.strip()).matches()) {
				errors.computeIfAbsent("tag_string", k -> new ArrayList<>())
					.add("Tag \"" + tag + "\" must be alphanumeric characters or symbols: -_.");
			}
		}
		if (!dataset.path("maintainer_email").asText("").matches("[^@\\s]+@[^@\\s]+")) {
			errors.computeIfAbsent("maintainer_email", k -> new ArrayList<>()).add("Email is not valid");
		}
		String title = dataset.path("title").asText("");
		for (ObjectNode other : datasets.values()) {
			if (!other.path("id").asText().equals(dataset.path("id").asText()) && other.path("title").asText().equals(title)) {
				errors.computeIfAbsent("title", k -> new ArrayList<>()).add("ชื่อชุดข้อมูลนี้มีอยู่แล้ว (title already exists)");
			}
		}
		return errors;
	}

	private ObjectNode find(String idOrName) {
		ObjectNode byName = datasets.get(idOrName);
		if (byName != null) {
			return byName;
		}
		return datasets.values().stream().filter(d -> d.path("id").asText().equals(idOrName)).findFirst().orElse(null);
	}

	private ObjectNode envelope(boolean success) {
		return json.createObjectNode().put("help", baseUrl() + "/api/3/action/help_show").put("success", success);
	}

	private ObjectNode ok(JsonNode result) {
		ObjectNode answer = envelope(true);
		answer.set("result", result);
		return answer;
	}

	private ObjectNode error(String type, String message) {
		ObjectNode answer = envelope(false);
		answer.putObject("error").put("__type", type).put("message", message);
		return answer;
	}

	private void send(HttpExchange exchange, String action, int status, JsonNode body) throws IOException {
		send(exchange, action, status, null, body);
	}

	private void send(HttpExchange exchange, String action, int status, String dataset, JsonNode body) throws IOException {
		calls.add(new Call(action, dataset, status));
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return query;
	}

	/** multipart/form-data: text parts into {@code fields}, file parts into {@code files} (bytes kept exact). */
	private static void multipart(byte[] body, String boundary, ObjectNode fields, Map<String, byte[]> files) {
		String all = new String(body, StandardCharsets.ISO_8859_1);
		for (String part : all.split("--" + Pattern.quote(boundary))) {
			int headerEnd = part.indexOf("\r\n\r\n");
			if (headerEnd < 0) {
				continue;
			}
			String headers = new String(part.substring(0, headerEnd).getBytes(StandardCharsets.ISO_8859_1),
					StandardCharsets.UTF_8);
			String content = part.substring(headerEnd + 4, part.length() - 2);
			java.util.regex.Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
			java.util.regex.Matcher filename = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
			if (!name.find()) {
				continue;
			}
			if (filename.find()) {
				files.put(name.group(1), content.getBytes(StandardCharsets.ISO_8859_1));
				fields.put(name.group(1) + "_filename", filename.group(1));
			}
			else {
				fields.put(name.group(1), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
			}
		}
	}

}
