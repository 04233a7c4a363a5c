package org.sujarit.platform.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.security.DemoAccounts;

/**
 * Loads every module's demo data in order, then prints where to sign in.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class DemoDataRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final List<DemoDataStep> steps;

	private final Environment environment;

	private final ObjectProvider<DemoAccounts> accounts;

	DemoDataRunner(List<DemoDataStep> steps, Environment environment, ObjectProvider<DemoAccounts> accounts) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoDataStep::order)).toList();
		this.environment = environment;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void load() {
		for (DemoDataStep step : steps) {
			long started = System.nanoTime();
			Actor.runAs("demo", step::load);
			log.info("Demo data {} ready in {} ms", step.getClass().getSimpleName(),
					(System.nanoTime() - started) / 1_000_000);
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder banner = new StringBuilder("\n\n  Sujarit is running: http://localhost:").append(port).append("/\n");
		DemoAccounts demo = accounts.getIfAvailable();
		if (demo != null) {
			banner.append("  Demo sign-ins (password for all: ").append(demo.password()).append("):\n");
			demo.accounts()
				.forEach(account -> banner.append(String.format("    %-26s %s%n", account.username(), account.description())));
		}
		log.info(banner.toString());
	}

}
