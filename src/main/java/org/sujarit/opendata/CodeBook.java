package org.sujarit.opendata;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists as a lookup: finds the code a printed or typed name stands for, by its Thai name (with
 * or without the ด้าน/แผนงาน/หมวด prefix, spaces ignored), its English key or name, or DLA's code.
 */
final class CodeBook {

	private static final List<String> PREFIXES = List.of("ด้าน", "แผนงาน", "หมวด");

	private final Map<CodeList, Map<String, CodeEntry>> byText = new EnumMap<>(CodeList.class);

	private final Map<CodeList, Map<String, CodeEntry>> byCode = new EnumMap<>(CodeList.class);

	CodeBook(List<CodeEntry> entries) {
		for (CodeList list : CodeList.values()) {
			byText.put(list, new HashMap<>());
			byCode.put(list, new HashMap<>());
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
		String key = normal(text);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return Optional.ofNullable(byText.get(list).get(key));
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
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
					|| c == '\u200B') {
				continue;
			}
			reduced.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
		}
		String value = reduced.toString().toLowerCase(Locale.ROOT);
		for (String prefix : PREFIXES) {
			if (value.startsWith(prefix) && value.length() > prefix.length()) {
				return value.substring(prefix.length());
			}
		}
		return value;
	}

}
