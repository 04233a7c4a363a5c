package org.sujarit.opendata.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The CKAN Action API ({@code {base}/api/3/action/{action}}) over {@link HttpClient}: GET for reads, JSON
 * POST and multipart uploads for writes, the API token in the {@code Authorization} header (never logged).
 * {@link #retrying} repeats an idempotent step on 5xx and timeouts with exponential backoff, never on
 * 4xx (a 409 validation error stays an error however often it is sent).
 */
@Component
class CkanClient {

	private static final Logger log = LoggerFactory.getLogger(CkanClient.class);

	private final HttpClient http;

	private final ObjectMapper json;

	private final PublishProperties properties;

	CkanClient(ObjectMapper json, PublishProperties properties) {
		this.json = json;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** One portal, one token. */
	Session session(String baseUrl, String token) {
		return new Session(baseUrl, token);
	}

	<T> T retrying(String step, Supplier<T> work) {
		int attempt = 1;
		while (true) {
			try {
				return work.get();
			}
			catch (CkanException ex) {
				if (!ex.retryable() || attempt >= properties.maxAttempts()) {
					throw ex;
				}
				long wait = properties.backoff().toMillis() << (attempt - 1);
				log.info("CKAN step {} failed ({}), try {} of {} in {} ms", step, ex.getMessage(), attempt + 1,
						properties.maxAttempts(), wait);
				pause(wait);
				attempt++;
			}
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CkanException("interrupted", 0, null, ex);
		}
	}

	final class Session {

		private final String baseUrl;

		private final String token;

		private Session(String baseUrl, String token) {
			this.baseUrl = baseUrl;
			this.token = token;
		}

		String baseUrl() {
			return baseUrl;
		}

		JsonNode get(String action, Map<String, String> query) {
			String parameters = query.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(action, request(action, parameters.isEmpty() ? "" : "?" + parameters).GET());
		}

		JsonNode post(String action, Object body) {
			try {
				byte[] bytes = json.writeValueAsBytes(body);
				return send(action, request(action, "").header("Content-Type", "application/json; charset=utf-8")
					.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** A multipart/form-data POST: the text fields, then the file as {@code upload}. */
		JsonNode upload(String action, Map<String, String> fields, Path file, String filename, String mediaType) {
			String boundary = "----sujarit-" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			try {
				for (Map.Entry<String, String> field : fields.entrySet()) {
					write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
							+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n");
				}
				write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\""
						+ filename.replace("\"", "") + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
				body.write(Files.readAllBytes(file));
				write(body, "\r\n--" + boundary + "--\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return send(action, request(action, "").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		private HttpRequest.Builder request(String action, String query) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "/api/3/action/" + action + query))
				.timeout(properties.requestTimeout())
				.header("Accept", "application/json")
				.header("User-Agent", "Sujarit");
			if (token != null) {
				builder.header("Authorization", token);
			}
			return builder;
		}

		private JsonNode send(String action, HttpRequest.Builder request) {
			HttpResponse<byte[]> response;
			try {
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new CkanException(action, 0, null, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CkanException(action, 0, null, ex);
			}
			JsonNode answer = parse(response.body());
			if (response.statusCode() == 200 && answer != null && answer.path("success").asBoolean(false)) {
				return answer.get("result");
			}
			JsonNode error = answer == null ? null : answer.get("error");
			throw new CkanException(action, response.statusCode() == 200 ? 502 : response.statusCode(), error, null);
		}

		private JsonNode parse(byte[] body) {
			try {
				return body.length == 0 ? null : json.readTree(body);
			}
			catch (IOException ex) {
				// an HTML error page from a proxy, not CKAN's JSON
				return null;
			}
		}

	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
