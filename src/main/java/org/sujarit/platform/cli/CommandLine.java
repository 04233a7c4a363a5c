package org.sujarit.platform.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Decides at start-up whether this run serves the web app or executes an operator command. A command run
 * starts no web server and exits with the command's code.
 */
public final class CommandLine {

	/** First words that name a command; the full name is matched against the {@link CliCommand} beans. */
	static final Set<String> COMMAND_WORDS = Set.of("audit", "admin", "search", "help");

	private CommandLine() {
	}

	public static void configure(SpringApplication application, String[] args) {
		if (isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
			Map<String, Object> defaults = new HashMap<>();
			defaults.put("sujarit.cli.active", "true");
			defaults.put("spring.main.log-startup-info", "false");
			defaults.put("logging.level.root", "WARN");
			application.setDefaultProperties(defaults);
		}
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMAND_WORDS.contains(args[0]);
	}

	static List<String> words(String[] args) {
		return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
	}

}
