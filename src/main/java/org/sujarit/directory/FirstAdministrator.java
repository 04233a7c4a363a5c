package org.sujarit.directory;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.cli.CliCommand;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * Outside demo mode there is no default account. The first administrator comes from the environment
 * (SUJARIT_ADMIN_USERNAME + SUJARIT_ADMIN_PASSWORD, applied once at start-up) or from the command
 * {@code admin create <username>}, which reads the password from SUJARIT_ADMIN_PASSWORD or the console.
 */
@Component
class FirstAdministrator implements CliCommand {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Directory directory;

	private final String username;

	private final String password;

	FirstAdministrator(Directory directory, @Value("${SUJARIT_ADMIN_USERNAME:}") String username,
			@Value("${SUJARIT_ADMIN_PASSWORD:}") String password) {
		this.directory = directory;
		this.username = username;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createFromEnvironment() {
		if (!username.isBlank() && !password.isBlank() && !directory.usernameTaken(username)) {
			Actor.runAs("bootstrap", () -> create(username, password));
			log.info("Created administrator '{}' from SUJARIT_ADMIN_USERNAME", username);
		}
	}

	@Override
	public List<String> name() {
		return List.of("admin", "create");
	}

	@Override
	public String description() {
		return "create a system administrator: admin create <username> (password from SUJARIT_ADMIN_PASSWORD or prompt)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		List<String> words = arguments.stream().filter(a -> !a.startsWith("--")).toList();
		if (words.size() < 3) {
			out.println("usage: admin create <username>");
			return 2;
		}
		String name = words.get(2);
		String secret = password;
		Console console = System.console();
		if (secret.isBlank() && console != null) {
			secret = new String(console.readPassword("Password for %s: ", name));
		}
		if (secret.isBlank()) {
			out.println("Set SUJARIT_ADMIN_PASSWORD or run in a terminal to type the password.");
			return 2;
		}
		try {
			String chosen = secret;
			Actor.runAs("cli", () -> create(name, chosen));
			out.printf("Administrator %s created.%n", name);
			return 0;
		}
		catch (DomainException ex) {
			out.println("Not created: " + ex.code());
			return 1;
		}
	}

	private void create(String name, String secret) {
		directory.createUser(new NewUser(name, name, null, null, null, null, Set.of(Role.SYSTEM_ADMIN), null), secret);
	}

}
