package org.sujarit.opendata.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sujarit.opendata.BudgetField;
import org.sujarit.platform.tabular.Row;
import org.sujarit.platform.tabular.Sheet;
import org.sujarit.platform.tabular.TabularReader;
import org.sujarit.platform.web.DomainException;

/**
 * Any table the officer already has (XLSX, XLS, CSV in any Thai encoding): its header row is shown with
 * a few rows beneath, each canonical field is matched to a column — the LAO's mapping from last time
 * first, then headers that look like the field — and the officer confirms or corrects the match.
 */
@Component
public class MappedTables {

	public static final String LAYOUT = "MAPPED";

	static final int SAMPLE_ROWS = 5;

	private final TabularReader reader;

	public MappedTables(TabularReader reader) {
		this.reader = reader;
	}

	/** What the mapping screen shows: the header row, sample rows and the suggested column per field. */
	public record Preview(String sheet, int headerRow, List<String> headers, List<List<String>> samples,
			Map<BudgetField, Integer> suggested) {

		public Preview {
			headers = List.copyOf(headers);
			samples = List.copyOf(samples);
			suggested = Map.copyOf(suggested);
		}

	}

	/**
	 * @param remembered the LAO's last mapping: field → header text
	 * @throws DomainException when the file is no table or has no header row
	 */
	public Preview preview(Path file, String originalName, Map<BudgetField, String> remembered) throws IOException {
		Sheet sheet = firstTable(read(file, originalName));
		Row header = headerRow(sheet);
		List<List<String>> samples = sheet.rows()
			.stream()
			.filter(r -> r.number() > header.number())
			.limit(SAMPLE_ROWS)
			.map(Row::cells)
			.toList();
		return new Preview(sheet.name(), header.number(), header.cells(), samples, suggest(header.cells(), remembered));
	}

	public List<FieldRow> rows(Path file, String originalName, FieldColumns columns) throws IOException {
		List<Sheet> sheets = read(file, originalName);
		Sheet sheet = sheets.stream()
			.filter(s -> s.name().equals(columns.sheet()))
			.findFirst()
			.orElseGet(() -> firstTable(sheets));
		return columns.read(sheet.rows());
	}

	/** The field each header best stands for: remembered headers first, then the closest synonym. */
	static Map<BudgetField, Integer> suggest(List<String> headers, Map<BudgetField, String> remembered) {
		Map<BudgetField, Integer> chosen = new EnumMap<>(BudgetField.class);
		Set<Integer> taken = new HashSet<>();
		remembered.forEach((field, header) -> {
			int column = indexOf(headers, header);
			if (column >= 0 && taken.add(column)) {
				chosen.put(field, column);
			}
		});
		for (BudgetField field : BudgetField.values()) {
			if (chosen.containsKey(field)) {
				continue;
			}
			int best = -1;
			double bestScore = 0.0;
			for (int i = 0; i < headers.size(); i++) {
				if (taken.contains(i)) {
					continue;
				}
				double score = similarity(headers.get(i), field);
				if (score > bestScore) {
					best = i;
					bestScore = score;
				}
			}
			if (best >= 0 && bestScore >= 0.6) {
				chosen.put(field, best);
				taken.add(best);
			}
		}
		return chosen;
	}

	/** 1 for the field's key or a synonym, 0.8 for a header containing one, else the edit-distance ratio. */
	static double similarity(String header, BudgetField field) {
		String text = normal(header);
		if (text.isEmpty()) {
			return 0;
		}
		List<String> words = new ArrayList<>(field.synonyms());
		words.add(field.key());
		double best = 0;
		for (String word : words) {
			String synonym = normal(word);
			if (text.equals(synonym)) {
				return 1;
			}
			if (synonym.length() >= 3 && text.contains(synonym)) {
				best = Math.max(best, 0.8);
			}
			int distance = distance(text, synonym);
			best = Math.max(best, 1.0 - (double) distance / Math.max(text.length(), synonym.length()));
		}
		return best;
	}

	private static int indexOf(List<String> headers, String header) {
		String wanted = normal(header);
		for (int i = 0; i < headers.size(); i++) {
			if (!wanted.isEmpty() && normal(headers.get(i)).equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	private static String normal(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u200B._/()\\-]+", "");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** The header: the first row with at least two filled cells. */
	static Row headerRow(Sheet sheet) {
		return sheet.rows()
			.stream()
			.filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2)
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("opendata.mapping.no-header"));
	}

	private static Sheet firstTable(List<Sheet> sheets) {
		return sheets.stream()
			.filter(s -> !s.hidden() && !s.rows().isEmpty())
			.findFirst()
			.orElseThrow(() -> DomainException.invalid("opendata.mapping.no-header"));
	}

	private List<Sheet> read(Path file, String originalName) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return reader.read(in, originalName);
		}
	}

}
