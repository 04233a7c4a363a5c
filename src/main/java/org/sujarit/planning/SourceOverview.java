package org.sujarit.planning;

/**
 * A source with how much hangs under it: items, activities (of one fiscal year, or all), assigned agencies
 * and quick wins.
 */
public record SourceOverview(SourceDetail source, int items, int activities, int agencies, int quickWins) {
}
