package org.sujarit.opendata.publish;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one publication attempt wrote to a portal, as the steps that take each write back. When the
 * attempt fails before its commit point the steps run newest first, so the portal's readers see it as it
 * was before; after the commit point there is nothing to take back.
 */
final class PortalUndo {

	private static final Logger log = LoggerFactory.getLogger(PortalUndo.class);

	private record Step(String what, Runnable undo) {
	}

	private final Deque<Step> steps = new ArrayDeque<>();

	void push(String what, Runnable undo) {
		steps.push(new Step(what, undo));
	}

	/** The attempt has reached its commit point: its writes stay. */
	void commit() {
		steps.clear();
	}

	boolean isEmpty() {
		return steps.isEmpty();
	}

	/** Takes the writes back, newest first; every step is tried. @return the steps that failed */
	List<String> rollBack() {
		List<String> failed = new ArrayList<>();
		while (!steps.isEmpty()) {
			Step step = steps.pop();
			try {
				step.undo().run();
			}
			catch (RuntimeException ex) {
				log.warn("Could not take back {} on the portal: {}", step.what(), ex.getMessage());
				failed.add(step.what() + ": " + ex.getMessage());
			}
		}
		return failed;
	}

}
