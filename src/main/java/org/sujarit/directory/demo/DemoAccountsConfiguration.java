package org.sujarit.directory.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.platform.security.DemoAccounts;

/**
 * Lists the demo sign-ins for the sign-in page; the bean exists only in demo mode, so outside it no
 * default account or password is ever shown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class DemoAccountsConfiguration {

	@Bean
	DemoAccounts demoAccounts() {
		return new DemoAccounts(DemoDirectory.PASSWORD, DemoDirectory.users()
			.stream()
			.map(user -> new DemoAccounts.Account(user.username(), user.description()))
			.toList());
	}

}
