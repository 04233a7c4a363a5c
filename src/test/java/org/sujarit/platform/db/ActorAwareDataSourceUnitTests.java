package org.sujarit.platform.db;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.util.function.SingletonSupplier;
import org.sujarit.platform.audit.Actor;

import static org.assertj.core.api.Assertions.assertThat;

class ActorAwareDataSourceUnitTests {

	private final List<String> events = new ArrayList<>();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void findsOutWhoIsActingBeforeTakingAConnection() throws Exception {
		// loading the security context may itself need a connection (the session is in the database);
		// like Spring Security's, this deferred context loads once
		SecurityContextHolder.setDeferredContext(SingletonSupplier.of(() -> {
			events.add("load security context");
			return new SecurityContextImpl(new TestingAuthenticationToken("somchai", null, "ROLE_AGENCY_REPORTER"));
		}));

		try (Connection connection = new ActorAwareDataSource(new RecordingDataSource()).getConnection()) {
			connection.prepareStatement("update reporting_report set narrative = ?");
		}

		assertThat(events).containsExactly("load security context", "take connection",
				"prepare select set_config('sujarit.actor', ?, false)", "set actor somchai",
				"prepare update reporting_report set narrative = ?");
	}

	@Test
	void tagsTheConnectionOnlyWhenTheActorChanges() throws Exception {
		try (Connection connection = new ActorAwareDataSource(new RecordingDataSource()).getConnection()) {
			Actor.runAs("importer", () -> prepare(connection, "insert into directory_agency values (?)"));
			Actor.runAs("importer", () -> prepare(connection, "update directory_agency set name_th = ?"));
		}

		assertThat(events).filteredOn(event -> event.startsWith("set actor")).containsExactly("set actor importer");
	}

	@Test
	void sessionStatementsNeedNoActor() throws Exception {
		try (Connection connection = new ActorAwareDataSource(new RecordingDataSource()).getConnection()) {
			Actor.runAs("importer", () -> prepare(connection, "SELECT S.PRIMARY_ID FROM SPRING_SESSION S WHERE S.SESSION_ID = ?"));
		}

		assertThat(events).containsExactly("take connection",
				"prepare SELECT S.PRIMARY_ID FROM SPRING_SESSION S WHERE S.SESSION_ID = ?");
	}

	@Test
	void readOnlyTransactionsNeedNoActorButTheNextWriteIsTagged() throws Exception {
		try (Connection connection = new ActorAwareDataSource(new RecordingDataSource()).getConnection()) {
			// as Spring's transaction manager prepares @Transactional(readOnly = true): BEGIN READ ONLY
			connection.setReadOnly(true);
			connection.setAutoCommit(false);
			Actor.runAs("somchai", () -> prepare(connection, "select narrative from reporting_report where id = ?"));
			connection.setAutoCommit(true);
			connection.setReadOnly(false);
			Actor.runAs("somchai", () -> prepare(connection, "update reporting_report set narrative = ?"));
		}

		assertThat(events).containsExactly("take connection", "prepare select narrative from reporting_report where id = ?",
				"prepare select set_config('sujarit.actor', ?, false)", "set actor somchai",
				"prepare update reporting_report set narrative = ?");
	}

	@Test
	void aReadOnlyConnectionOutsideATransactionIsStillTagged() throws Exception {
		// without a transaction the driver does not make statements read-only, so they could write
		try (Connection connection = new ActorAwareDataSource(new RecordingDataSource()).getConnection()) {
			connection.setReadOnly(true);
			Actor.runAs("somchai", () -> prepare(connection, "update reporting_report set narrative = ?"));
		}

		assertThat(events).contains("set actor somchai");
	}

	private static Object prepare(Connection connection, String sql) {
		try {
			return connection.prepareStatement(sql);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Connections that record the statements prepared and the actor set on them. */
	private final class RecordingDataSource implements DataSource {

		@Override
		public Connection getConnection() {
			events.add("take connection");
			boolean[] autoCommitReadOnly = { true, false };
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "prepareStatement" -> {
							events.add("prepare " + args[0]);
							yield statement();
						}
						case "getAutoCommit" -> autoCommitReadOnly[0];
						case "isReadOnly" -> autoCommitReadOnly[1];
						case "setAutoCommit" -> {
							autoCommitReadOnly[0] = (Boolean) args[0];
							yield null;
						}
						case "setReadOnly" -> {
							autoCommitReadOnly[1] = (Boolean) args[0];
							yield null;
						}
						case "close" -> null;
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

		private PreparedStatement statement() {
			String[] actor = new String[1];
			return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> switch (method.getName()) {
						case "setString" -> {
							actor[0] = (String) args[1];
							yield null;
						}
						case "execute" -> {
							events.add("set actor " + actor[0]);
							yield true;
						}
						case "close" -> null;
						default -> throw new UnsupportedOperationException(method.getName());
					});
		}

		@Override
		public Connection getConnection(String username, String password) {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() {
			return Logger.getGlobal();
		}

		@Override
		public <T> T unwrap(Class<T> type) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
