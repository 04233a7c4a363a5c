package org.sujarit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.sujarit.platform.cli.CommandLine;

/**
 * Sujarit (สุจริต): electronic reporting and integrity intelligence for Thailand's public sector.
 *
 * <p>One deployable modular monolith. {@code platform} is the only shared module; every other direct
 * sub-package is a domain module guarded by {@code ModularityTests}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Sujarit", sharedModules = "platform")
public class SujaritApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SujaritApplication.class);
		CommandLine.configure(application, args);
		var context = application.run(args);
		if (CommandLine.isCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
