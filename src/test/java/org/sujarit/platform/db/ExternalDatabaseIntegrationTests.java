package org.sujarit.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application against an external PostgreSQL given by url, user and password (here a separate
 * server started by the test, reached over TCP like any other): Flyway migrates it and the app uses it.
 */
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
class ExternalDatabaseIntegrationTests {

	static EmbeddedPostgres external;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
		external = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createTempDirectory("sujarit-external-pg"))
			.setCleanDataDirectory(true)
			.start();
		try (var connection = external.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create role sujarit login password 'external-secret'");
			statement.execute("create database sujarit owner sujarit");
		}
		catch (java.sql.SQLException ex) {
			throw new IOException(ex);
		}
		// stopped after the application context (closed with this class) has released its connections
		org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
			try {
				external.close();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		registry.add("sujarit.db.url", () -> external.getJdbcUrl("sujarit", "sujarit"));
		registry.add("sujarit.db.user", () -> "sujarit");
		registry.add("sujarit.db.password", () -> "external-secret");
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void migratesAndUsesTheConfiguredDatabase() {
		assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("sujarit");
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("sujarit");
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
			.isGreaterThan(3);
		assertThat(jdbc.sql("select count(*) from directory_agency where type = 'PROVINCIAL_ADMIN_ORG'")
			.query(Integer.class)
			.single()).as("reference data loaded into the external database").isEqualTo(76);
	}

	@Test
	void plansEveryQueryForItsOwnFilters() {
		assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
	}

}
