package org.sujarit.opendata.explorer;

import java.util.List;

/** A page of the lines of a published budget whose item has every word searched for. */
public record LineSearch(String query, List<String> words, int total, int offset, int limit, List<BudgetLineHit> lines) {
}
