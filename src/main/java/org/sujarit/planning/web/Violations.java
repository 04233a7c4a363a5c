package org.sujarit.planning.web;

import java.util.List;

import org.springframework.validation.BindingResult;
import org.sujarit.planning.RuleViolation;

/**
 * Puts rule violations on a form's fields so the page shows each message next to its input.
 */
final class Violations {

	private Violations() {
	}

	/** Rejects the fields with hard errors; returns whether any warnings remain to confirm. */
	static boolean apply(List<RuleViolation> violations, BindingResult binding, List<String> fields) {
		boolean warnings = false;
		for (RuleViolation violation : violations) {
			if (!violation.blocking()) {
				warnings = true;
				continue;
			}
			Object[] arguments = violation.arguments().toArray();
			if (fields.contains(violation.field())) {
				binding.rejectValue(violation.field(), violation.code(), arguments, violation.code());
			}
			else {
				binding.reject(violation.code(), arguments, violation.code());
			}
		}
		return warnings;
	}

	static List<RuleViolation> warnings(List<RuleViolation> violations) {
		return violations.stream().filter(violation -> !violation.blocking()).toList();
	}

}
