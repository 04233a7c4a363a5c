package org.sujarit.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.sujarit.IntegrationTest;

/**
 * A session's row is written back only when something that matters changed or its access time is over a
 * minute old; a change of id (as at sign-in) or of user is always written.
 */
@IntegrationTest
class SessionStoreIntegrationTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecentAccessIsNotWrittenAnOldOneAndAChangedIdAre() {
		check(sessions);
	}

	private <S extends Session> void check(SessionRepository<S> sessions) {
		S session = sessions.createSession();
		Instant start = Instant.now().minusSeconds(600);
		session.setLastAccessedTime(start);
		sessions.save(session);
		String id = session.getId();
		assertThat(storedAccess(id)).isEqualTo(start.toEpochMilli());

		S again = sessions.findById(id);
		again.setLastAccessedTime(start.plusSeconds(20));
		sessions.save(again);
		assertThat(storedAccess(id)).as("20 s later: not written").isEqualTo(start.toEpochMilli());

		again = sessions.findById(id);
		again.setLastAccessedTime(start.plus(Duration.ofMinutes(2)));
		sessions.save(again);
		assertThat(storedAccess(id)).as("2 minutes later: written").isEqualTo(start.plus(Duration.ofMinutes(2)).toEpochMilli());

		again = sessions.findById(id);
		String newId = again.changeSessionId();
		again.setAttribute("SPRING_SECURITY_CONTEXT_TEST", "someone");
		again.setLastAccessedTime(start.plus(Duration.ofMinutes(2)).plusSeconds(1));
		sessions.save(again);
		assertThat(sessions.findById(id)).isNull();
		assertThat(sessions.findById(newId)).isNotNull();
		assertThat(storedAccess(newId)).isEqualTo(start.plus(Duration.ofMinutes(2)).plusSeconds(1).toEpochMilli());
		sessions.deleteById(newId);
	}

	private long storedAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

}
