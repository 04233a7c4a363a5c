package org.sujarit.planning;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.sujarit.platform.web.DomainException;

/**
 * Saving was refused: hard rules are broken, or warnings were not confirmed. Carries every violation;
 * its own code and arguments are those of the first one.
 */
public class PlanRulesBroken extends DomainException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleViolation> violations;

	public PlanRulesBroken(List<RuleViolation> violations) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, violations.get(0).code(), violations.get(0).arguments().toArray());
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}

}
