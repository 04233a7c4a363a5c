package org.sujarit.platform.files;

import java.text.Normalizer;
import java.util.Locale;

import org.sujarit.platform.web.DomainException;

/**
 * Cleans the names people give their files so they can be shown and offered back on download: Thai is
 * kept (NFC-normalised), any path is dropped, control and invisible formatting characters (including the
 * right-to-left override used to disguise {@code exe} as {@code pdf}) are removed, characters Windows
 * forbids become {@code _}, and the name is cut to {@value #MAX_LENGTH} characters keeping its extension.
 */
public final class FileNames {

	public static final int MAX_LENGTH = 200;

	private static final String WINDOWS_RESERVED = "<>:\"|?*";

	private static final int MAX_EXTENSION_LENGTH = 10;

	private FileNames() {
	}

	/**
	 * The cleaned name.
	 * @throws DomainException {@code platform.files.name-invalid} when nothing usable is left
	 */
	public static String clean(String name) {
		if (name == null) {
			throw DomainException.invalid("platform.files.name-invalid");
		}
		String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
		int lastSeparator = Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\'));
		String last = normalised.substring(lastSeparator + 1);
		StringBuilder kept = new StringBuilder(last.length());
		last.codePoints().forEach(c -> {
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				kept.append(' ');
			}
			else if (WINDOWS_RESERVED.indexOf(c) >= 0) {
				kept.append('_');
			}
			else if (visible(c)) {
				kept.appendCodePoint(c);
			}
		});
		String cleaned = kept.toString().replaceAll(" {2,}", " ").strip();
		cleaned = stripTrailingDots(cleaned);
		if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
			throw DomainException.invalid("platform.files.name-invalid");
		}
		return limit(cleaned);
	}

	/** The lower-case extension without the dot, or an empty string. */
	public static String extension(String name) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return "";
		}
		String extension = name.substring(dot + 1);
		if (extension.length() > MAX_EXTENSION_LENGTH || extension.contains(" ")) {
			return "";
		}
		return extension.toLowerCase(Locale.ROOT);
	}

	/** The name without its extension. */
	public static String base(String name) {
		String extension = extension(name);
		return extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
	}

	private static boolean visible(int c) {
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
					Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

	private static String stripTrailingDots(String name) {
		int end = name.length();
		while (end > 0 && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
			end--;
		}
		return name.substring(0, end);
	}

	private static String limit(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		String extension = extension(name);
		String suffix = extension.isEmpty() ? "" : name.substring(name.length() - extension.length() - 1);
		String base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length());
		int keep = MAX_LENGTH - suffix.codePointCount(0, suffix.length());
		String cut = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
		return cut + suffix;
	}

}
