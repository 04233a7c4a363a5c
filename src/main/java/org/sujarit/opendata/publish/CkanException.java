package org.sujarit.opendata.publish;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CKAN Action API call that did not succeed: the HTTP status (0 when no answer came: timeout, refused
 * connection) and the {@code error} object of the portal's answer, if it sent one.
 */
class CkanException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final transient JsonNode error;

	CkanException(String action, int status, JsonNode error, Throwable cause) {
		super(action + " -> " + status, cause);
		this.status = status;
		this.error = error;
	}

	int status() {
		return status;
	}

	/** CKAN's error object ({@code __type}, {@code message} or field → messages); may be null. */
	JsonNode error() {
		return error;
	}

	String type() {
		return error != null && error.hasNonNull("__type") ? error.get("__type").asText() : "";
	}

	/** 5xx and no answer at all may pass on a later try; 4xx (403, 404, 409) never will. */
	boolean retryable() {
		return status == 0 || status >= 500;
	}

}
