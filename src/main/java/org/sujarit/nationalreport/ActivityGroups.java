package org.sujarit.nationalreport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.reporting.ProgressRow;

/**
 * Collects the streamed reports of one activity at a time (the stream comes in activity order) and hands
 * each activity's reports on with their agencies' names, fetched a batch per activity and remembered. Holds
 * one activity's reports, never the round's.
 */
final class ActivityGroups implements Consumer<ProgressRow> {

	/** One activity's accepted reports, lead agency first, with the name of each report's agency. */
	record Group(long activityId, List<ProgressRow> reports, Map<Long, String> agencyNames) {
	}

	private final Directory directory;

	private final Map<Long, String> names;

	private final Consumer<Group> sink;

	private final List<ProgressRow> current = new ArrayList<>();

	private int reports;

	ActivityGroups(Directory directory, Map<Long, String> names, Consumer<Group> sink) {
		this.directory = directory;
		this.names = names;
		this.sink = sink;
	}

	@Override
	public void accept(ProgressRow row) {
		if (!current.isEmpty() && current.get(0).activityId() != row.activityId()) {
			flush();
		}
		current.add(row);
		reports++;
	}

	/** Hands on the last activity; returns the number of reports seen so far. The groups may go on after. */
	int finish() {
		if (!current.isEmpty()) {
			flush();
		}
		return reports;
	}

	private void flush() {
		Set<Long> missing = new HashSet<>();
		for (ProgressRow row : current) {
			if (!names.containsKey(row.agencyId())) {
				missing.add(row.agencyId());
			}
		}
		if (!missing.isEmpty()) {
			Map<Long, Agency> found = directory.agencies(missing);
			for (Long id : missing) {
				Agency agency = found.get(id);
				names.put(id, agency == null ? Long.toString(id) : agency.nameTh());
			}
		}
		sink.accept(new Group(current.get(0).activityId(), List.copyOf(current), names));
		current.clear();
	}

}
