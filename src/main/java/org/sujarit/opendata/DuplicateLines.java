package org.sujarit.opendata;

import java.math.BigDecimal;
import java.util.Optional;

import org.sujarit.platform.tabular.ThaiNumberParser;

/**
 * Finds budget lines that repeat an earlier one (same classification, item and amount) with a compact
 * hash set: each line costs a 64-bit hash of its normalised fields and where it was (12 bytes in open
 * addressing), not its text, so a million lines take about 24 MB. Two different lines share a hash with
 * a probability of about n²/2⁶⁵ (one in 37 million for a million lines).
 */
final class DuplicateLines {

	private static final long EMPTY = 0L;

	private long[] hashes = new long[1024];

	private int[] places = new int[1024];

	private int size;

	/**
	 * Remembers the line; when an earlier line had the same content, says where that one was ({@code 12}
	 * for a row, {@code #3} for a line without a row, as {@link BudgetChecks#where} does).
	 */
	Optional<String> firstOf(BudgetLine line) {
		long hash = hash(line);
		int mask = hashes.length - 1;
		int slot = (int) (mix(hash) & mask);
		while (hashes[slot] != EMPTY) {
			if (hashes[slot] == hash) {
				int place = places[slot];
				return Optional.of(place > 0 ? String.valueOf(place) : "#" + (-place));
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		places[slot] = line.row() != null ? line.row() : -line.ordinal();
		if (++size * 2 > hashes.length) {
			grow();
		}
		return Optional.empty();
	}

	/** Forgets every line (the next document starts afresh). */
	void clear() {
		hashes = new long[1024];
		places = new int[1024];
		size = 0;
	}

	private void grow() {
		long[] oldHashes = hashes;
		int[] oldPlaces = places;
		hashes = new long[oldHashes.length * 2];
		places = new int[oldHashes.length * 2];
		int mask = hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldHashes[i] != EMPTY) {
				int slot = (int) (mix(oldHashes[i]) & mask);
				while (hashes[slot] != EMPTY) {
					slot = (slot + 1) & mask;
				}
				hashes[slot] = oldHashes[i];
				places[slot] = oldPlaces[i];
			}
		}
	}

	/** FNV-1a over the normalised fields ({@link CodeBook#normal}), separated, never 0 (the empty slot). */
	static long hash(BudgetLine line) {
		StringBuilder scratch = new StringBuilder(128);
		long hash = 0xcbf29ce484222325L;
		hash = add(hash, line.plan(), scratch);
		hash = add(hash, line.work(), scratch);
		hash = add(hash, line.budgetGroup(), scratch);
		hash = add(hash, line.category(), scratch);
		hash = add(hash, line.expenseType(), scratch);
		hash = add(hash, line.expenseCode(), scratch);
		hash = add(hash, line.item(), scratch);
		hash = add(hash, ThaiNumberParser.parse(line.amountText())
			.map(BigDecimal::stripTrailingZeros)
			.map(BigDecimal::toPlainString)
			.orElse(line.amountText()), scratch);
		return hash == EMPTY ? 1L : hash;
	}

	private static long add(long hash, String text, StringBuilder scratch) {
		scratch.setLength(0);
		CodeBook.normal(text, scratch);
		long h = hash;
		for (int i = 0; i < scratch.length(); i++) {
			char c = scratch.charAt(i);
			h = (h ^ (c & 0xFF)) * 0x100000001b3L;
			h = (h ^ (c >>> 8)) * 0x100000001b3L;
		}
		return (h ^ 0x1F) * 0x100000001b3L;
	}

	/** Spreads the hash's bits over the table's index (murmur3's finaliser). */
	private static long mix(long hash) {
		long h = hash;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb53ce1a3b1a5L;
		h ^= h >>> 33;
		return h;
	}

}
