package org.sujarit.directory.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sujarit.directory.AgencyType;
import org.sujarit.directory.NewAgency;
import org.sujarit.directory.Province;
import org.sujarit.platform.thai.ThaiDigits;
import org.sujarit.platform.web.DomainException;

/**
 * The checks of an agency import, without Spring or a database: reading the header, then each row
 * against the agencies and provinces that exist and the other rows of the file.
 *
 * <p>Columns left out of the file leave those fields alone; a blank cell in a column that is there clears
 * the field. Codes are compared without regard to case and stored in capitals; Thai digits in codes are
 * read as Arabic ones; a province may be given by code or by Thai or English name.
 */
final class AgencyImportRules {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private static final Set<ImportColumn> CODE_COLUMNS = EnumSet.of(ImportColumn.CODE, ImportColumn.PARENT_CODE,
			ImportColumn.PROVINCE_CODE);

	private AgencyImportRules() {
	}

	/** A data row: its number and the (trimmed, blank = null) value of each column present. */
	record RawRow(int number, Map<ImportColumn, String> values, boolean extraCells) {

		String get(ImportColumn column) {
			return values.get(column);
		}

	}

	record Table(Set<ImportColumn> columns, List<RawRow> rows) {
	}

	/** Reads the header row and the data rows; a wrong header or no data rows refuses the whole file. */
	static Table table(Sheet sheet) {
		List<SheetRow> rows = sheet.rows().stream().filter(row -> !row.blank()).toList();
		if (rows.isEmpty()) {
			throw DomainException.invalid("directory.import.file.no-rows");
		}
		SheetRow header = rows.get(0);
		Map<Integer, ImportColumn> byIndex = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		List<String> duplicated = new ArrayList<>();
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i);
			if (text == null || text.replace("\uFEFF", "").isBlank()) {
				continue;
			}
			var column = ImportColumn.byHeader(text);
			if (column.isEmpty()) {
				unknown.add(text.strip());
			}
			else if (byIndex.containsValue(column.get())) {
				duplicated.add(column.get().header());
			}
			else {
				byIndex.put(i, column.get());
			}
		}
		String expected = String.join(", ", ImportColumn.headers());
		if (!unknown.isEmpty()) {
			throw DomainException.invalid("directory.import.file.columns-unknown", String.join(", ", unknown), expected);
		}
		if (!duplicated.isEmpty()) {
			throw DomainException.invalid("directory.import.file.columns-duplicate", String.join(", ", duplicated));
		}
		List<String> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !byIndex.containsValue(column)) {
				missing.add(column.header());
			}
		}
		if (!missing.isEmpty()) {
			throw DomainException.invalid("directory.import.file.columns-missing", String.join(", ", missing), expected);
		}
		if (rows.size() < 2) {
			throw DomainException.invalid("directory.import.file.no-rows");
		}
		List<RawRow> data = new ArrayList<>(rows.size() - 1);
		for (SheetRow row : rows.subList(1, rows.size())) {
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			boolean extra = false;
			for (int i = 0; i < row.cells().size(); i++) {
				ImportColumn column = byIndex.get(i);
				String value = normalize(column, row.cell(i));
				if (column != null) {
					if (value != null) {
						values.put(column, value);
					}
				}
				else if (value != null) {
					extra = true;
				}
			}
			data.add(new RawRow(row.number(), values, extra));
		}
		return new Table(EnumSet.copyOf(byIndex.values()), data);
	}

	static String normalize(ImportColumn column, String value) {
		if (value == null) {
			return null;
		}
		String text = value.replace('\u00A0', ' ').strip();
		if (text.isEmpty()) {
			return null;
		}
		if (column != null && CODE_COLUMNS.contains(column)) {
			text = ThaiDigits.toArabic(text);
			if (column != ImportColumn.PROVINCE_CODE) {
				text = text.toUpperCase(Locale.ROOT);
			}
		}
		return text;
	}

	/** Checks every row and works out what applying it would do. */
	static List<ImportRowResult> check(Table table, Map<String, ExistingAgency> existing, List<Province> provinces) {
		Map<String, String> provinceCodes = provinceLookup(provinces);
		Map<String, List<Integer>> rowsByCode = new HashMap<>();
		for (RawRow row : table.rows()) {
			if (row.get(ImportColumn.CODE) != null) {
				rowsByCode.computeIfAbsent(row.get(ImportColumn.CODE), code -> new ArrayList<>()).add(row.number());
			}
		}
		Map<String, String> parents = finalParents(table, existing);
		List<ImportRowResult> results = new ArrayList<>(table.rows().size());
		for (RawRow row : table.rows()) {
			results.add(checkRow(row, table.columns(), existing, provinceCodes, rowsByCode, parents));
		}
		return results;
	}

	private static ImportRowResult checkRow(RawRow row, Set<ImportColumn> columns, Map<String, ExistingAgency> existing,
			Map<String, String> provinceCodes, Map<String, List<Integer>> rowsByCode, Map<String, String> parents) {
		List<ImportProblem> problems = new ArrayList<>();
		String code = row.get(ImportColumn.CODE);
		if (code == null) {
			problems.add(ImportProblem.of("directory.import.row.code-required"));
		}
		else if (!CODE.matcher(code).matches()) {
			problems.add(ImportProblem.of("directory.import.row.code-invalid", code));
		}
		else if (rowsByCode.get(code).size() > 1) {
			problems.add(ImportProblem.of("directory.import.row.code-duplicate", code,
					rowsByCode.get(code).stream().map(String::valueOf).collect(Collectors.joining(", "))));
		}
		if (row.get(ImportColumn.NAME_TH) == null) {
			problems.add(ImportProblem.of("directory.import.row.name-required"));
		}
		String typeText = row.get(ImportColumn.TYPE);
		String type = typeText;
		if (typeText == null) {
			problems.add(ImportProblem.of("directory.import.row.type-required"));
		}
		else {
			var parsed = AgencyType.parse(typeText);
			if (parsed.isPresent()) {
				type = parsed.get().name();
			}
			else {
				problems.add(ImportProblem.of("directory.import.row.type-unknown", typeText));
			}
		}
		String provinceText = row.get(ImportColumn.PROVINCE_CODE);
		String province = provinceText;
		if (provinceText != null) {
			province = provinceCodes.get(provinceKey(provinceText));
			if (province == null) {
				province = provinceText;
				problems.add(ImportProblem.of("directory.import.row.province-unknown", provinceText));
			}
		}
		String parent = row.get(ImportColumn.PARENT_CODE);
		if (parent != null && code != null) {
			if (parent.equals(code)) {
				problems.add(ImportProblem.of("directory.import.row.parent-self", parent));
			}
			else if (!existing.containsKey(parent) && !rowsByCode.containsKey(parent)) {
				problems.add(ImportProblem.of("directory.import.row.parent-unknown", parent));
			}
			else if (inCycle(code, parents)) {
				problems.add(ImportProblem.of("directory.import.row.parent-cycle", parent));
			}
		}
		for (ImportColumn column : columns) {
			String value = row.get(column);
			if (value != null && value.length() > ImportColumn.MAX_LENGTH) {
				problems.add(ImportProblem.of("directory.import.row.too-long", column.header(),
						String.valueOf(ImportColumn.MAX_LENGTH)));
			}
		}
		if (row.extraCells()) {
			problems.add(ImportProblem.of("directory.import.row.extra-cells"));
		}
		Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
		values.putAll(row.values());
		if (type != null) {
			values.put(ImportColumn.TYPE, type);
		}
		if (province != null) {
			values.put(ImportColumn.PROVINCE_CODE, province);
		}
		List<FieldChange> changes = new ArrayList<>();
		ImportOutcome outcome;
		ExistingAgency current = code == null ? null : existing.get(code);
		if (!problems.isEmpty()) {
			outcome = ImportOutcome.ERROR;
		}
		else if (current == null) {
			outcome = ImportOutcome.NEW;
		}
		else {
			for (ImportColumn column : columns) {
				if (column != ImportColumn.CODE && !Objects.equals(current.value(column), values.get(column))) {
					changes.add(new FieldChange(column.header(), current.value(column), values.get(column)));
				}
			}
			outcome = changes.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
		}
		return new ImportRowResult(row.number(), code, values.get(ImportColumn.NAME_TH),
				values.get(ImportColumn.NAME_EN), values.get(ImportColumn.ABBREV_TH), values.get(ImportColumn.TYPE),
				values.get(ImportColumn.PARENT_CODE), values.get(ImportColumn.PROVINCE_CODE),
				values.get(ImportColumn.DISTRICT_TH), outcome, problems, changes);
	}

	/** The agency to write for a checked row: columns not in the file keep the existing values. */
	static NewAgency merged(ImportRowResult row, Set<ImportColumn> columns, ExistingAgency current) {
		return new NewAgency(row.code(), row.nameTh(),
				pick(ImportColumn.NAME_EN, row.nameEn(), columns, current),
				pick(ImportColumn.ABBREV_TH, row.abbrevTh(), columns, current), AgencyType.valueOf(row.type()),
				pick(ImportColumn.PARENT_CODE, row.parentCode(), columns, current),
				pick(ImportColumn.PROVINCE_CODE, row.provinceCode(), columns, current),
				pick(ImportColumn.DISTRICT_TH, row.districtTh(), columns, current));
	}

	private static String pick(ImportColumn column, String value, Set<ImportColumn> columns, ExistingAgency current) {
		if (columns.contains(column) || current == null) {
			return value;
		}
		return current.value(column);
	}

	/** Parent of every code after the import: the database's, overridden by the file's rows. */
	private static Map<String, String> finalParents(Table table, Map<String, ExistingAgency> existing) {
		Map<String, String> parents = new HashMap<>();
		existing.values().forEach(agency -> parents.put(agency.code(), agency.parentCode()));
		if (table.columns().contains(ImportColumn.PARENT_CODE)) {
			for (RawRow row : table.rows()) {
				if (row.get(ImportColumn.CODE) != null) {
					parents.put(row.get(ImportColumn.CODE), row.get(ImportColumn.PARENT_CODE));
				}
			}
		}
		return parents;
	}

	private static boolean inCycle(String code, Map<String, String> parents) {
		Set<String> seen = new HashSet<>();
		String current = parents.get(code);
		while (current != null && seen.add(current)) {
			if (current.equals(code)) {
				return true;
			}
			current = parents.get(current);
		}
		return false;
	}

	private static Map<String, String> provinceLookup(List<Province> provinces) {
		Map<String, String> lookup = new HashMap<>();
		for (Province province : provinces) {
			lookup.put(provinceKey(province.code()), province.code());
			lookup.put(provinceKey(province.nameTh()), province.code());
			if (province.nameEn() != null) {
				lookup.put(provinceKey(province.nameEn()), province.code());
			}
		}
		return lookup;
	}

	private static String provinceKey(String text) {
		String key = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
		for (String prefix : new String[] { "จังหวัด", "จ." }) {
			if (key.startsWith(prefix)) {
				key = key.substring(prefix.length());
			}
		}
		return key;
	}

	/** Rows in the order they can be written: parents named in the file before their children. */
	static List<List<ImportRowResult>> levels(List<ImportRowResult> rows) {
		Map<String, ImportRowResult> byCode = new HashMap<>();
		rows.forEach(row -> byCode.put(row.code(), row));
		Map<String, Integer> depth = new HashMap<>();
		List<List<ImportRowResult>> levels = new ArrayList<>();
		for (ImportRowResult row : rows) {
			int level = depth(row.code(), byCode, depth, 0);
			while (levels.size() <= level) {
				levels.add(new ArrayList<>());
			}
			levels.get(level).add(row);
		}
		return levels;
	}

	private static int depth(String code, Map<String, ImportRowResult> byCode, Map<String, Integer> depth, int guard) {
		Integer known = depth.get(code);
		if (known != null) {
			return known;
		}
		ImportRowResult row = byCode.get(code);
		String parent = row == null ? null : row.parentCode();
		int value = parent == null || !byCode.containsKey(parent) || guard > byCode.size() ? 0
				: depth(parent, byCode, depth, guard + 1) + 1;
		depth.put(code, value);
		return value;
	}

}
