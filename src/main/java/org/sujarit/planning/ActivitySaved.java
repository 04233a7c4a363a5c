package org.sujarit.planning;

/**
 * Event: an activity was created or changed (past tense, published in the changing transaction).
 */
public record ActivitySaved(long activityId) {
}
