package org.sujarit.opendata.ingest.layout;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

/** What the layout parsers share once a file's printed lines are read. */
final class LayoutFiles {

	private LayoutFiles() {
	}

	/**
	 * The file's lines read by {@link LayoutRecogniser}, after the problems met while reading the file;
	 * a file with no budget line at all says so.
	 */
	static ParsedFile parsed(String layout, List<LayoutLine> printed, List<ParseProblem> readingProblems) {
		LayoutRecogniser.Result result = LayoutRecogniser.recognise(printed);
		List<ParseProblem> problems = new ArrayList<>(readingProblems);
		problems.addAll(result.problems());
		if (result.lines().stream().noneMatch(line -> line.kind() == LineKind.LINE)) {
			problems.add(new ParseProblem("opendata.parse.layout.no-lines", List.of(), null, null, null));
		}
		return new ParsedFile(layout, result.lines(), problems);
	}

}
