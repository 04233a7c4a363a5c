package org.sujarit.platform.cli;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the operator command named on the command line and records its exit code.
 */
@Component
@ConditionalOnProperty(name = "sujarit.cli.active", havingValue = "true")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<CliCommand> commands;

	private int exitCode;

	CommandRunner(List<CliCommand> commands) {
		this.commands = commands;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = CommandLine.words(arguments.getSourceArgs());
		for (CliCommand command : commands) {
			List<String> name = command.name();
			if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)) {
				exitCode = command.run(List.of(arguments.getSourceArgs()), System.out);
				return;
			}
		}
		System.out.println("Sujarit commands:");
		commands.forEach(command -> System.out.printf("  %-22s %s%n", String.join(" ", command.name()),
				command.description()));
		exitCode = words.equals(List.of("help")) ? 0 : 2;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
