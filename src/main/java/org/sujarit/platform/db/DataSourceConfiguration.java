package org.sujarit.platform.db;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's only DataSource: PostgreSQL, external when configured, embedded otherwise. Every
 * connection carries the signed-in user's name so that database triggers can write it to the audit log.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean(destroyMethod = "close")
	HikariDataSource pooledDataSource(DatabaseProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("sujarit");
		config.setMaximumPoolSize(properties.poolSize());
		// The list and count queries take optional filters ("cast(:x as ...) is null or ..."). A cached generic
		// plan cannot know which filters are set: once a connection had served a few whole-round queries it
		// planned a reporter's own-agency list as a scan of the round (14 ms instead of 0.1 ms). Planning
		// each execution costs well under a millisecond.
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			EmbeddedPostgres server = EmbeddedPostgresServers.obtain(properties.embeddedDataDir(),
					properties.embeddedClean());
			config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
			config.setUsername("postgres");
			return new EmbeddedServerPool(config, properties.embeddedDataDir());
		}
		return new HikariDataSource(config);
	}

	/** A pool on the embedded server that lets the server stop once it has closed. */
	static final class EmbeddedServerPool extends HikariDataSource {

		private final Path dataDir;

		private final AtomicBoolean open = new AtomicBoolean(true);

		EmbeddedServerPool(HikariConfig config, Path dataDir) {
			super(config);
			this.dataDir = dataDir;
			EmbeddedPostgresServers.lease(dataDir);
		}

		@Override
		public void close() {
			try {
				super.close();
			}
			finally {
				if (open.compareAndSet(true, false)) {
					EmbeddedPostgresServers.release(dataDir);
				}
			}
		}

	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource pooledDataSource) {
		return new ActorAwareDataSource(pooledDataSource);
	}

}
