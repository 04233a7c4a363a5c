package org.sujarit.cpi;

import java.util.Collection;

import org.sujarit.reporting.ProgressStatus;

/**
 * How a portfolio is doing: its activities, those with accepted progress, and those whose latest accepted
 * progress says delayed or completed.
 */
public record PortfolioCounts(int activities, int withProgress, int delayed, int completed) {

	public int withoutProgress() {
		return activities - withProgress;
	}

	static PortfolioCounts of(Collection<PortfolioActivity> activities) {
		int progress = 0;
		int delayed = 0;
		int completed = 0;
		for (PortfolioActivity activity : activities) {
			if (activity.progress() != null) {
				progress++;
				delayed += activity.progress().status() == ProgressStatus.DELAYED ? 1 : 0;
				completed += activity.progress().status() == ProgressStatus.COMPLETED ? 1 : 0;
			}
		}
		return new PortfolioCounts(activities.size(), progress, delayed, completed);
	}

}
