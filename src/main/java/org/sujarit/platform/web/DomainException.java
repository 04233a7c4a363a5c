package org.sujarit.platform.web;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain was broken. Carries a message key (namespaced, e.g.
 * {@code reporting.report.locked}) and its arguments; the web layer renders it in the reader's language.
 */
public class DomainException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final transient Object[] arguments;

	private final HttpStatus status;

	public DomainException(HttpStatus status, String code, Object... arguments) {
		super(code + Arrays.toString(arguments));
		this.status = status;
		this.code = code;
		this.arguments = arguments;
	}

	public static DomainException invalid(String code, Object... arguments) {
		return new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, code, arguments);
	}

	public static DomainException notFound(String code, Object... arguments) {
		return new DomainException(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static DomainException conflict(String code, Object... arguments) {
		return new DomainException(HttpStatus.CONFLICT, code, arguments);
	}

	public static DomainException forbidden(String code, Object... arguments) {
		return new DomainException(HttpStatus.FORBIDDEN, code, arguments);
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public HttpStatus status() {
		return status;
	}

}
