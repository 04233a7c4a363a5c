package org.sujarit.platform.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * An operator command run as {@code java -jar sujarit.jar <name...> [args]} instead of the web app.
 */
public interface CliCommand {

	/** The words that select this command, e.g. {@code ["audit", "verify"]}. */
	List<String> name();

	String description();

	/** Runs the command; returns the process exit code. */
	int run(List<String> arguments, PrintStream out);

}
