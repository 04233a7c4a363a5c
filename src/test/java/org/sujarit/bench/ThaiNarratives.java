package org.sujarit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic Thai text made by recombining the sentences of a real progress report (the PACC 2565 CPI
 * report in {@code shared/seeds}). Deterministic: the same seed gives the same text.
 */
final class ThaiNarratives {

	static final String SEED_FILE = "pacc-2565-cpi-raising-results-report.txt";

	private final List<String> sentences;

	private final List<String> shortSentences;

	private ThaiNarratives(List<String> sentences) {
		this.sentences = sentences;
		this.shortSentences = sentences.stream().filter(s -> s.length() >= 25 && s.length() <= 90).toList();
		if (sentences.size() < 100 || shortSentences.size() < 50) {
			throw new IllegalStateException("Too few Thai sentences in the seed text: " + sentences.size());
		}
	}

	/** Reads the seed: the path given, or shared/seeds found beside or above the working directory. */
	static ThaiNarratives load(String path) {
		Path file = path == null || path.isBlank() ? find() : Path.of(path);
		try {
			return new ThaiNarratives(sentences(Files.readString(file, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed text " + file, ex);
		}
	}

	private static Path find() {
		Path dir = Path.of("").toAbsolutePath();
		for (Path at = dir; at != null; at = at.getParent()) {
			Path candidate = at.resolve("shared/seeds").resolve(SEED_FILE);
			if (Files.isReadable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Seed text " + SEED_FILE + " not found in shared/seeds above " + dir
				+ "; pass --seed-text=/path/to/" + SEED_FILE);
	}

	/** Splits the report into sentence-like runs of mostly Thai text (it separates phrases with spaces). */
	static List<String> sentences(String text) {
		LinkedHashSet<String> found = new LinkedHashSet<>();
		String cleaned = text.replaceAll("</?p>", "\t").replace('\u00a0', ' ');
		for (String cell : cleaned.split("[\\t\\r\\n]+")) {
			StringBuilder sentence = new StringBuilder();
			for (String phrase : cell.strip().split(" {1,}")) {
				if (phrase.isBlank()) {
					continue;
				}
				if (!sentence.isEmpty()) {
					sentence.append(' ');
				}
				sentence.append(phrase);
				if (sentence.length() >= 60) {
					keep(found, sentence.toString());
					sentence.setLength(0);
				}
			}
			keep(found, sentence.toString());
		}
		return new ArrayList<>(found);
	}

	private static void keep(LinkedHashSet<String> found, String sentence) {
		String s = sentence.strip();
		if (s.length() < 25 || s.length() > 400 || s.indexOf('\uFFFD') >= 0) {
			return;
		}
		long thai = s.chars().filter(c -> c >= 0x0E00 && c <= 0x0E7F).count();
		if (thai * 10 >= s.length() * 7L) {
			found.add(s);
		}
	}

	int sentenceCount() {
		return sentences.size();
	}

	/** A narrative of about {@code bytes} UTF-8 bytes, in paragraphs, chosen by {@code seed}. */
	String narrative(long seed, int bytes) {
		SplittableRandom random = new SplittableRandom(seed);
		StringBuilder text = new StringBuilder(bytes / 2);
		int size = 0;
		int inParagraph = 0;
		while (size < bytes) {
			String sentence = sentences.get(random.nextInt(sentences.size()));
			if (!text.isEmpty()) {
				boolean newParagraph = inParagraph >= 4 && random.nextInt(3) == 0;
				text.append(newParagraph ? "\n\n" : " ");
				size += newParagraph ? 2 : 1;
				inParagraph = newParagraph ? 0 : inParagraph;
			}
			text.append(sentence);
			size += utf8Length(sentence);
			inParagraph++;
		}
		return text.toString();
	}

	/** A one-line title of 25–90 characters. */
	String title(long seed) {
		return shortSentences.get(new SplittableRandom(seed).nextInt(shortSentences.size()));
	}

	static int utf8Length(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return n;
	}

}
