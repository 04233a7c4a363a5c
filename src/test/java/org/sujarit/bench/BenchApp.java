package org.sujarit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.SujaritApplication;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * The real application, started in this JVM on the benchmark's own embedded PostgreSQL data directory.
 * Nothing is mocked: the same configuration as production, with only the data directory, the port
 * (random, loopback only) and the log level changed.
 */
final class BenchApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final long startMillis;

	private BenchApp(ConfigurableApplicationContext context, long startMillis) {
		this.context = context;
		this.startMillis = startMillis;
	}

	/** Starts the app, with Tomcat on 127.0.0.1 on a random port. */
	static BenchApp start(Path dataDir, String... extra) {
		long started = System.nanoTime();
		SpringApplication application = new SpringApplication(SujaritApplication.class);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		List<String> args = new ArrayList<>(List.of("--sujarit.db.embedded-data-dir=" + dataDir,
				"--sujarit.files.root=" + dataDir.resolveSibling(dataDir.getFileName() + "-files"),
				"--sujarit.search.index-dir=" + dataDir.resolveSibling(dataDir.getFileName() + "-search"),
				// measured runs start with the index caught up, not with a catch-up competing for the CPU
				"--sujarit.search.start-in-background=false",
				"--sujarit.demo=false", "--server.port=0", "--server.address=127.0.0.1",
				"--spring.main.log-startup-info=false", "--logging.level.root=WARN",
				"--logging.level.org.sujarit=WARN",
				"--logging.level.org.springframework.security.config.annotation.authentication.configuration.InitializeUserDetailsBeanManagerConfigurer=ERROR"));
		args.addAll(List.of(extra));
		ConfigurableApplicationContext context = application.run(args.toArray(String[]::new));
		return new BenchApp(context, (System.nanoTime() - started) / 1_000_000);
	}

	long startMillis() {
		return startMillis;
	}

	int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	org.springframework.context.ApplicationContext context() {
		return context;
	}

	DataSource dataSource() {
		return context.getBean(DataSource.class);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Makes this thread act as a signed-in coordinator (for facade calls guarded by roles). */
	static void signInAsCoordinator(long userId, String username) {
		SujaritUser user = new SujaritUser(userId, username, "", "Benchmark coordinator", null,
				java.util.Set.of(Role.COORDINATOR), null, true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
		context.close();
	}

}
