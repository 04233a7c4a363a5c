package org.sujarit.opendata.publish;

import java.util.List;

/**
 * Why a publication failed, as a message key of {@code messages/opendata-publish} and its arguments
 * (strings, kept with the publication so the reason can be shown in either language later).
 */
class PublishProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	private final List<String> arguments;

	private final String detail;

	PublishProblem(String code, List<String> arguments, String detail) {
		super(code + arguments);
		this.code = code;
		this.arguments = List.copyOf(arguments);
		this.detail = detail;
	}

	PublishProblem(String code, String... arguments) {
		this(code, List.of(arguments), null);
	}

	String code() {
		return code;
	}

	List<String> arguments() {
		return arguments;
	}

	/** The portal's own answer, for administrators; may be null. */
	String detail() {
		return detail;
	}

}
