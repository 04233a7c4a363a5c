package org.sujarit.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.sujarit.SujaritApplication;

/**
 * Operator commands start the application without a web server, as {@code java -jar sujarit.jar audit
 * verify} does, and exit with the command's code.
 */
class CommandLineIntegrationTests {

	@Test
	void auditVerifyRunsWithoutAWebServerAndExitsZero() {
		String[] args = { "audit", "verify", "--spring.profiles.active=test" };
		SpringApplication application = new SpringApplication(SujaritApplication.class);
		CommandLine.configure(application, args);
		assertThat(application.getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
		try (var context = application.run(args)) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
