package org.sujarit.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL (so app nodes share no state), and Spring Session writes a session's last
 * access time back on every request: one UPDATE and one WAL flush per page view, for a value that only
 * decides when an 8-hour session expires. The update statement is replaced by one that writes only when
 * the session's id, timeout or user changed, or when the stored access time is older than
 * {@code sujarit.session.touch-interval} (1 minute): a session then expires at most that much earlier than
 * it would have. Spring Session does not look at the number of rows the update changed.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String UPDATE_WHEN_CHANGED = """
			UPDATE %TABLE_NAME% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
			              CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
			     AS v(session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id
			       OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			       OR v.last_access_time - s.LAST_ACCESS_TIME >= %TOUCH_MILLIS%)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> updateSessionOnlyWhenChanged(
			@Value("${sujarit.session.touch-interval:1m}") Duration touchInterval) {
		String query = UPDATE_WHEN_CHANGED.replace("%TOUCH_MILLIS%", String.valueOf(touchInterval.toMillis()));
		return repository -> repository.setUpdateSessionQuery(query);
	}

}
