package org.sujarit.reporting;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.sujarit.platform.web.DomainException;

/**
 * A save or submission broke report rules; carries every violation so the form can mark each field.
 */
public class ReportRulesException extends DomainException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	ReportRulesException(String code, List<RuleViolation> violations) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, code, violations.size());
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}

}
