package org.sujarit.platform.security;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, further attempts are refused until the window has passed. Counted in PostgreSQL so every
 * app node enforces the same limit.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean blocked(String username) {
		int failures = jdbc.sql("""
				select count(*) from platform_sign_in_failure
				where username = lower(:username) and failed_at > now() - cast(:window as interval)
				""").param("username", username).param("window", WINDOW.toSeconds() + " seconds").query(Integer.class).single();
		return failures >= MAX_FAILURES;
	}

	void failed(String username, String remoteAddress) {
		jdbc.sql("insert into platform_sign_in_failure (username, remote_addr) values (lower(:username), :addr)")
			.param("username", username)
			.param("addr", remoteAddress)
			.update();
	}

	void succeeded(String username) {
		jdbc.sql("delete from platform_sign_in_failure where username = lower(:username)")
			.param("username", username)
			.update();
	}

}
