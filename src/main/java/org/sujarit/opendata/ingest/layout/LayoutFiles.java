package org.sujarit.opendata.ingest.layout;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.opendata.ingest.ParsedFile;
import org.sujarit.opendata.ingest.ParsedFile.ParseProblem;
import org.sujarit.opendata.ingest.SourceLine;
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
		return checked(layout, result.lines(), problems);
	}

	/** The lines read, with a problem added when none of them is a budget line. */
	static ParsedFile checked(String layout, List<SourceLine> lines, List<ParseProblem> problems) {
		List<ParseProblem> all = new ArrayList<>(problems);
		if (lines.stream().noneMatch(line -> line.kind() == LineKind.LINE)) {
			all.add(new ParseProblem("opendata.parse.layout.no-lines", List.of(), null, null, null));
		}
		return new ParsedFile(layout, lines, all);
	}

	/** The lines of several tables numbered again from 1, in order. */
	static List<SourceLine> renumbered(List<SourceLine> lines) {
		List<SourceLine> numbered = new ArrayList<>(lines.size());
		for (SourceLine line : lines) {
			numbered.add(new SourceLine(numbered.size() + 1, line.kind(), line.side(), line.plan(), line.work(),
					line.budgetGroup(), line.category(), line.expenseType(), line.item(), line.expenseCode(),
					line.amount(), line.sheet(), line.row(), line.page(), line.text()));
		}
		return numbered;
	}

}
