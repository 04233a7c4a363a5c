package org.sujarit.platform.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, or at once when there is none. For caches: a
 * cache emptied before the commit could be refilled with the old rows by a concurrent reader.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
