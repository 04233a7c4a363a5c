package org.sujarit.platform.audit;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is changing data right now: the signed-in user, or a named system process (demo loader, import
 * job, command line) that declared itself with {@link #runAs}.
 */
public final class Actor {

	public static final String SYSTEM = "system";

	private static final ThreadLocal<String> declared = new ThreadLocal<>();

	/**
	 * Set while the security context is being resolved: loading it may read the session from the
	 * database, whose connection asks for the actor again.
	 */
	private static final ThreadLocal<Boolean> resolving = new ThreadLocal<>();

	private Actor() {
	}

	public static String current() {
		String process = declared.get();
		if (process != null) {
			return process;
		}
		if (resolving.get() != null) {
			return SYSTEM;
		}
		Authentication authentication;
		resolving.set(Boolean.TRUE);
		try {
			authentication = SecurityContextHolder.getContext().getAuthentication();
		}
		finally {
			resolving.remove();
		}
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	/** Runs work as a named process; connections opened inside carry that name. */
	public static <T> T runAs(String process, Supplier<T> work) {
		String previous = declared.get();
		declared.set(process);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				declared.remove();
			}
			else {
				declared.set(previous);
			}
		}
	}

	public static void runAs(String process, Runnable work) {
		runAs(process, () -> {
			work.run();
			return null;
		});
	}

}
