package org.sujarit.directory.imports;

/**
 * What applying one row would do.
 */
public enum ImportOutcome {

	NEW, CHANGED, UNCHANGED, ERROR

}
