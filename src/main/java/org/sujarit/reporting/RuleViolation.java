package org.sujarit.reporting;

import java.util.List;

/**
 * A broken report rule on one field, as a message key with arguments. {@code warningKey} is set for soft
 * rules: the reporter may go on after giving a reason stored under that key.
 */
public record RuleViolation(String field, String code, List<Object> arguments, String warningKey) {

	public static RuleViolation hard(String field, String code, Object... arguments) {
		return new RuleViolation(field, code, List.of(arguments), null);
	}

	static RuleViolation soft(String warningKey, String field, String code, Object... arguments) {
		return new RuleViolation(field, code, List.of(arguments), warningKey);
	}

	public boolean soft() {
		return warningKey != null;
	}

}
