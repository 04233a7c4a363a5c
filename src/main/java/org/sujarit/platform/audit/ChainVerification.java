package org.sujarit.platform.audit;

/**
 * Outcome of re-walking the audit chain. When broken, {@code firstBrokenSeq} names the first entry whose
 * hash, link or position does not match and {@code problem} says which.
 */
public record ChainVerification(long entriesChecked, boolean intact, Long firstBrokenSeq, Problem problem,
		String headHash) {

	public enum Problem {

		/** The entry's content no longer hashes to its stored hash: it was altered. */
		CONTENT_ALTERED,
		/** The entry does not point to the hash of the entry before it. */
		LINK_BROKEN,
		/** Positions jump: one or more entries were deleted. */
		ENTRY_MISSING

	}

	static ChainVerification intact(long checked, String head) {
		return new ChainVerification(checked, true, null, null, head);
	}

	static ChainVerification broken(long checked, long seq, Problem problem) {
		return new ChainVerification(checked, false, seq, problem, null);
	}

}
