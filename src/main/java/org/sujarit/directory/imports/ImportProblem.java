package org.sujarit.directory.imports;

import java.util.List;

/**
 * Why a row cannot be imported: a message key ({@code directory.import.row.*}) and its arguments.
 */
public record ImportProblem(String code, List<String> args) {

	public ImportProblem {
		args = args == null ? List.of() : List.copyOf(args);
	}

	static ImportProblem of(String code, String... args) {
		return new ImportProblem(code, List.of(args));
	}

	public Object[] arguments() {
		return args.toArray();
	}

}
