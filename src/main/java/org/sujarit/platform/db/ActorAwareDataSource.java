package org.sujarit.platform.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.sujarit.platform.audit.Actor;

/**
 * Hands out connections that carry the current actor in the session setting {@code sujarit.actor}, which
 * the audit triggers read. The setting is refreshed whenever a statement is created under a different
 * actor than the connection last carried, so it is right even when a transaction started before
 * {@link Actor#runAs} named a process. No write path can therefore change data without its author being
 * recorded.
 */
class ActorAwareDataSource extends DelegatingDataSource {

	private static final Set<String> STATEMENT_FACTORIES = Set.of("createStatement", "prepareStatement",
			"prepareCall");

	ActorAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		resolveActorFirst();
		return tagged(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		resolveActorFirst();
		return tagged(super.getConnection(username, password));
	}

	/**
	 * Finds out who is acting before a connection is taken. Finding out may load the signed-in user's
	 * session from the database, which takes a connection of its own; done later, while this one is held,
	 * every request would need two at once, and a burst of requests larger than the pool would hold all of
	 * them while waiting for a second: the pool stalled until its 30 s timeout under 200 users
	 * (docs/PERFORMANCE.md).
	 */
	private static void resolveActorFirst() {
		Actor.current();
	}

	private static Connection tagged(Connection connection) {
		return (Connection) Proxy.newProxyInstance(ActorAwareDataSource.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new ActorTagging(connection));
	}

	private static final class ActorTagging implements InvocationHandler {

		private final Connection target;

		private String tagged;

		ActorTagging(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (STATEMENT_FACTORIES.contains(name) && !sessionStatement(args) && !readOnlyTransaction()) {
				refreshActor();
			}
			else if (name.equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
				return proxy;
			}
			else if (name.equals("isWrapperFor") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
				return true;
			}
			else if (name.equals("equals")) {
				return proxy == args[0];
			}
			else if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

		/**
		 * Spring Session's own statements (every request reads and writes its session) touch only the
		 * session tables, which have no audit trigger: they need no actor, and setting it for them cost a
		 * round trip on most requests (docs/PERFORMANCE.md).
		 */
		private static boolean sessionStatement(Object[] args) {
			return args != null && args.length > 0 && args[0] instanceof String sql
					&& sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
		}

		/**
		 * A read-only transaction ({@code @Transactional(readOnly = true)}: the driver begins it with
		 * {@code BEGIN READ ONLY}) cannot write a row, so no audit trigger fires in it and it needs no actor:
		 * tagging a connection that last served another user cost a round trip on most page views
		 * (docs/PERFORMANCE.md). The tag is refreshed as usual at the connection's next writable statement.
		 */
		private boolean readOnlyTransaction() throws SQLException {
			return !target.getAutoCommit() && target.isReadOnly();
		}

		private void refreshActor() throws SQLException {
			String actor = Actor.current();
			if (actor.equals(tagged)) {
				return;
			}
			try (PreparedStatement statement = target.prepareStatement("select set_config('sujarit.actor', ?, false)")) {
				statement.setString(1, actor);
				statement.execute();
			}
			tagged = actor;
		}

	}

}
