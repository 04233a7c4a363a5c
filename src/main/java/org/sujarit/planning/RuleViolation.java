package org.sujarit.planning;

import java.util.List;

/**
 * A broken rule on one field: a hard error blocks saving; a warning must be confirmed by the editor.
 * {@code code} is a message key, {@code arguments} its arguments.
 */
public record RuleViolation(String field, String code, List<Object> arguments, Severity severity) {

	public enum Severity {

		ERROR, WARNING

	}

	public RuleViolation {
		arguments = List.copyOf(arguments);
	}

	public static RuleViolation error(String field, String code, Object... arguments) {
		return new RuleViolation(field, code, List.of(arguments), Severity.ERROR);
	}

	public static RuleViolation warning(String field, String code, Object... arguments) {
		return new RuleViolation(field, code, List.of(arguments), Severity.WARNING);
	}

	public boolean blocking() {
		return severity == Severity.ERROR;
	}

}
