package org.sujarit.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.audit.AuditLog;

/**
 * Records every sign-in and failed attempt in the audit log and feeds the throttle.
 */
@Component
class SignInEvents {

	private final AuditLog audit;

	private final SignInThrottle throttle;

	SignInEvents(AuditLog audit, SignInThrottle throttle) {
		this.audit = audit;
		this.throttle = throttle;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		throttle.succeeded(username);
		Actor.runAs(username, () -> audit.record("SIGN_IN", "user", username,
				detail(event.getAuthentication().getDetails())));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		String address = remoteAddress(event.getAuthentication().getDetails());
		if (!(event.getException() instanceof LockedException)) {
			throttle.failed(username, address);
		}
		Actor.runAs(Actor.SYSTEM, () -> audit.record("SIGN_IN_FAILED", "user", username, detail(event.getAuthentication().getDetails())));
	}

	private static String detail(Object details) {
		String address = remoteAddress(details);
		return address == null ? null : "{\"remoteAddress\":\"" + address.replaceAll("[^0-9a-fA-F:.]", "") + "\"}";
	}

	private static String remoteAddress(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
