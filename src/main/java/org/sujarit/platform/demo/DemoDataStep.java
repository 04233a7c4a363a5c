package org.sujarit.platform.demo;

/**
 * One module's share of the demo data. Steps run in {@link #order()} (directory 100, planning 200,
 * reporting 300, ...) once the application is ready, only when {@code sujarit.demo=true}. A step must be
 * idempotent: it runs on every start and loads only what is missing.
 */
public interface DemoDataStep {

	int order();

	/** Loads the step's data; runs as the actor {@code demo}. */
	void load();

}
