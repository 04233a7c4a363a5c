package org.sujarit.opendata;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists as a lookup: finds the code a printed or typed name stands for, by its Thai name (with
 * or without the ด้าน/แผนงาน/หมวด prefix, spaces ignored), its English key or name, or DLA's code. Not
 * thread-safe: one book per check.
 */
final class CodeBook {

	private static final List<String> PREFIXES = List.of("ด้าน", "แผนงาน", "หมวด");

	private final Map<CodeList, Map<String, CodeEntry>> byText = new EnumMap<>(CodeList.class);

	private final Map<CodeList, Map<String, CodeEntry>> byCode = new EnumMap<>(CodeList.class);

	/** Texts already resolved, per list; bounded (a book checks one file or document at a time). */
	private final Map<CodeList, Map<String, Optional<CodeEntry>>> resolved = new EnumMap<>(CodeList.class);

	private static final int RESOLVED_LIMIT = 10_000;

	CodeBook(List<CodeEntry> entries) {
		for (CodeList list : CodeList.values()) {
			byText.put(list, new HashMap<>());
			byCode.put(list, new HashMap<>());
			resolved.put(list, new HashMap<>());
		}
		for (CodeEntry entry : entries) {
			if (!entry.active()) {
				continue;
			}
			byCode.get(entry.list()).put(entry.code(), entry);
			Map<String, CodeEntry> texts = byText.get(entry.list());
			texts.putIfAbsent(normal(entry.nameTh()), entry);
			texts.putIfAbsent(normal(entry.code()), entry);
			texts.putIfAbsent(normal(entry.nameEn()), entry);
			if (entry.dlaCode() != null && !entry.dlaCode().isBlank()) {
				texts.putIfAbsent(normal(entry.dlaCode()), entry);
			}
		}
	}

	/** The code {@code text} names in {@code list}; empty for blank or unknown text. */
	Optional<CodeEntry> resolve(CodeList list, String text) {
		if (text == null) {
			return Optional.empty();
		}
		// the same few dozen names come back on every line: remember what each text resolved to
		Map<String, Optional<CodeEntry>> seen = resolved.get(list);
		Optional<CodeEntry> entry = seen.get(text);
		if (entry == null) {
			String key = normal(text);
			entry = key.isEmpty() ? Optional.empty() : Optional.ofNullable(byText.get(list).get(key));
			if (seen.size() >= RESOLVED_LIMIT) {
				seen.clear();
			}
			seen.put(text, entry);
		}
		return entry;
	}

	Optional<CodeEntry> byCode(CodeList list, String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(list).get(code));
	}

	/** A name reduced to what identifies it: Arabic digits, lower case, no spaces, no ด้าน/แผนงาน/หมวด prefix. */
	static String normal(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder reduced = new StringBuilder(text.length());
		normal(text, reduced);
		return reduced.toString();
	}

	/** {@link #normal(String)} appended to {@code out}, which must be empty. */
	static void normal(String text, StringBuilder out) {
		if (text == null) {
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
					|| c == '\u200B') {
				continue;
			}
			if (c >= '\u0E50' && c <= '\u0E59') {
				out.append((char) ('0' + (c - '\u0E50')));
			}
			else if (c < 0x80) {
				out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			}
			else {
				out.append(Character.toLowerCase(c));
			}
		}
		for (String prefix : PREFIXES) {
			if (out.length() > prefix.length() && startsWith(out, prefix)) {
				out.delete(0, prefix.length());
				return;
			}
		}
	}

	private static boolean startsWith(StringBuilder text, String prefix) {
		for (int i = 0; i < prefix.length(); i++) {
			if (text.charAt(i) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
