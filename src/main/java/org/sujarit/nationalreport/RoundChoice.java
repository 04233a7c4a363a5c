package org.sujarit.nationalreport;

import org.sujarit.reporting.Round;

/**
 * A round the national report can be compiled from, with how many of its expected reports are accepted.
 */
public record RoundChoice(Round round, int expected, int accepted) {
}
