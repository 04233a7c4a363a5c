package org.sujarit.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sujarit.opendata.ingest.SourceLine.LineKind;
import org.sujarit.platform.tabular.CsvWriter;
import org.sujarit.platform.tabular.XlsxWriter;
import org.sujarit.platform.thai.FiscalYear;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The open-data files of a valid document: a UTF-8 CSV (no byte-order mark, short English headers, a
 * stable code and its URI beside each classified name), a Frictionless / Fiscal Data Package descriptor
 * ({@code datapackage.json}), a W3C CSVW sidecar with the Thai column titles, and the same table as XLSX
 * with a data dictionary. Only budget lines are written: printed totals and headings are left out, as
 * they can be summed from the lines.
 */
@Component
class BudgetOutputs {

	static final String CSV_MEDIA_TYPE = "text/csv";

	static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** One column of the published table. */
	record Column(String name, String type, String fiscalType, String format) {
	}

	static final List<Column> COLUMNS = List.of(new Column("line_no", "integer", null, null),
			new Column("lao_code", "string", "administrative-classification:generic:level1:code", null),
			new Column("lao_name", "string", "administrative-classification:generic:level1:label", null),
			new Column("fiscal_year", "integer", "date:fiscal-year", null),
			new Column("document_type", "string", null, null),
			new Column("side_code", "string", "functional-classification:generic:level1:code", null),
			new Column("side_name", "string", "functional-classification:generic:level1:label", null),
			new Column("plan_code", "string", "functional-classification:generic:level2:code", null),
			new Column("plan_name", "string", "functional-classification:generic:level2:label", null),
			new Column("plan_uri", "string", null, "uri"),
			new Column("work_name", "string", "functional-classification:generic:level3:label", null),
			new Column("budget_group_code", "string", "economic-classification:generic:level1:code", null),
			new Column("budget_group_name", "string", "economic-classification:generic:level1:label", null),
			new Column("budget_group_uri", "string", null, "uri"),
			new Column("category_code", "string", "economic-classification:generic:level2:code", null),
			new Column("category_name", "string", "economic-classification:generic:level2:label", null),
			new Column("category_uri", "string", null, "uri"),
			new Column("expense_type_name", "string", "economic-classification:generic:level3:label", null),
			new Column("expense_code", "string", "economic-classification:generic:level3:code", null),
			new Column("item", "string", "activity:generic:project:label", null),
			new Column("amount", "number", "value", null), new Column("source_row", "integer", null, null));

	private final MessageSource messages;

	private final String baseUrl;

	private final ObjectMapper json;

	BudgetOutputs(MessageSource messages, @Value("${sujarit.opendata.base-url:http://localhost:8080}") String baseUrl,
			ObjectMapper json) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
	}

	/** The stable URI of a code, served by the public code-list page. */
	String uri(CodeList list, String code) {
		return baseUrl + "/public/opendata/codes/" + list.slug() + "/" + code;
	}

	static String baseName(BudgetDataset document) {
		return baseName(document.laoCode(), document.fiscalYear(), document.documentType());
	}

	static String baseName(String laoCode, int fiscalYear, DocumentType type) {
		return "budget-" + laoCode + "-" + fiscalYear + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The table's rows, one per budget line, each a value per {@link #COLUMNS} column. */
	List<List<Object>> rows(BudgetDataset document, List<BudgetLine> lines, CodeBook codes) {
		List<List<Object>> rows = new ArrayList<>();
		int number = 0;
		for (BudgetLine line : lines) {
			if (line.kind() != LineKind.LINE) {
				continue;
			}
			Optional<CodeEntry> plan = codes.resolve(CodeList.PLAN, line.plan());
			Optional<CodeEntry> side = codes.resolve(CodeList.SIDE, line.side())
				.or(() -> plan.flatMap(p -> codes.byCode(CodeList.SIDE, p.parent())));
			Optional<CodeEntry> group = codes.resolve(CodeList.BUDGET_GROUP, line.budgetGroup());
			Optional<CodeEntry> category = codes.resolve(CodeList.CATEGORY, line.category());
			List<Object> row = new ArrayList<>();
			row.add(++number);
			row.add(document.laoCode());
			row.add(document.laoNameTh());
			row.add(document.fiscalYear());
			row.add(document.documentType().name());
			classified(row, side, line.side(), null);
			classified(row, plan, line.plan(), CodeList.PLAN);
			row.add(line.work());
			classified(row, group, line.budgetGroup(), CodeList.BUDGET_GROUP);
			classified(row, category, line.category(), CodeList.CATEGORY);
			row.add(line.expenseType());
			row.add(line.expenseCode());
			row.add(line.item());
			row.add(line.amount() == null ? BudgetChecks.storedAmount(line.amountText()) : line.amount());
			row.add(line.row());
			rows.add(row);
		}
		return rows;
	}

	private void classified(List<Object> row, Optional<CodeEntry> entry, String printed, CodeList uriList) {
		row.add(entry.map(CodeEntry::code).orElse(null));
		row.add(entry.map(CodeEntry::nameTh).orElse(printed));
		if (uriList != null) {
			row.add(entry.map(e -> uri(uriList, e.code())).orElse(null));
		}
	}

	void csv(List<List<Object>> rows, OutputStream out) {
		try (CsvWriter csv = new CsvWriter(out)) {
			csv.row(COLUMNS.stream().map(Column::name).toList());
			for (List<Object> row : rows) {
				csv.row(row.stream().map(BudgetOutputs::plain).toList());
			}
		}
	}

	private static Object plain(Object value) {
		return value instanceof BigDecimal amount ? amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
				: value;
	}

	void xlsx(BudgetDataset document, List<List<Object>> rows, OutputStream out) {
		try (XlsxWriter xlsx = new XlsxWriter(out, "budget")) {
			xlsx.heading(COLUMNS.stream().map(Column::name).toList());
			for (int c = 0; c < COLUMNS.size(); c++) {
				if (COLUMNS.get(c).type().equals("number")) {
					xlsx.numberFormat(c, "#,##0.00");
				}
			}
			rows.forEach(xlsx::row);
			xlsx.sheet("dictionary").heading(List.of("name", "title_th", "title_en", "type"));
			for (Column column : COLUMNS) {
				xlsx.row(List.of(column.name(), title(column, Locale.forLanguageTag("th")), title(column, Locale.ENGLISH),
						column.type()));
			}
		}
	}

	/** Frictionless data package with Fiscal Data Package column types. */
	void dataPackage(BudgetDataset document, OutputStream out) {
		String base = baseName(document);
		FiscalYear year = FiscalYear.of(document.fiscalYear());
		List<Map<String, Object>> fields = new ArrayList<>();
		for (Column column : COLUMNS) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", column.name());
			field.put("title", title(column, Locale.forLanguageTag("th")));
			field.put("description", title(column, Locale.ENGLISH));
			field.put("type", column.type());
			if (column.format() != null) {
				field.put("format", column.format());
			}
			if (column.fiscalType() != null) {
				field.put("columnType", column.fiscalType());
			}
			if (column.name().equals("amount")) {
				field.put("currency", "THB");
				field.put("constraints", Map.of("required", true, "minimum", 0));
			}
			if (column.name().equals("line_no") || column.name().equals("lao_code")
					|| column.name().equals("fiscal_year")) {
				field.put("constraints", Map.of("required", true));
			}
			fields.add(field);
		}
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", "budget");
		resource.put("path", base + ".csv");
		resource.put("profile", "tabular-data-resource");
		resource.put("format", "csv");
		resource.put("mediatype", CSV_MEDIA_TYPE);
		resource.put("encoding", "utf-8");
		resource.put("schema", Map.of("fields", fields, "primaryKey", List.of("line_no")));
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "fiscal-data-package");
		descriptor.put("name", base);
		descriptor.put("title", title(document, Locale.forLanguageTag("th")));
		descriptor.put("description", title(document, Locale.ENGLISH));
		descriptor.put("countryCode", "TH");
		descriptor.put("currencyCode", "THB");
		descriptor.put("fiscalPeriod", Map.of("start", year.start().toString(), "end", year.end().toString()));
		descriptor.put("granularity", "transactional");
		descriptor.put("resources", List.of(resource));
		write(descriptor, out);
	}

	/** W3C CSV on the Web metadata: Thai and English titles, code columns linked to their URIs. */
	void csvw(BudgetDataset document, OutputStream out) {
		List<Map<String, Object>> columns = new ArrayList<>();
		for (Column column : COLUMNS) {
			Map<String, Object> meta = new LinkedHashMap<>();
			meta.put("name", column.name());
			meta.put("titles", Map.of("th", title(column, Locale.forLanguageTag("th")), "en",
					title(column, Locale.ENGLISH)));
			meta.put("datatype", switch (column.type()) {
				case "integer" -> "integer";
				case "number" -> "decimal";
				default -> column.format() != null ? "anyURI" : "string";
			});
			switch (column.name()) {
				case "plan_code" -> meta.put("valueUrl", baseUrl + "/public/opendata/codes/plan/{plan_code}");
				case "budget_group_code" ->
					meta.put("valueUrl", baseUrl + "/public/opendata/codes/budget-group/{budget_group_code}");
				case "category_code" -> meta.put("valueUrl", baseUrl + "/public/opendata/codes/category/{category_code}");
				case "side_code" -> meta.put("valueUrl", baseUrl + "/public/opendata/codes/side/{side_code}");
				default -> {
				}
			}
			columns.add(meta);
		}
		Map<String, Object> table = new LinkedHashMap<>();
		table.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "th")));
		table.put("url", baseName(document) + ".csv");
		table.put("dc:title", title(document, Locale.forLanguageTag("th")));
		table.put("dc:language", "th");
		table.put("dialect", Map.of("header", true, "encoding", "utf-8"));
		table.put("tableSchema", Map.of("columns", columns, "primaryKey", "line_no"));
		write(table, out);
	}

	String title(BudgetDataset document, Locale locale) {
		return messages.getMessage("opendata.dataset.title",
				new Object[] { messages.getMessage("opendata.type." + document.documentType().name(), null, locale),
						document.laoNameTh(), String.valueOf(document.fiscalYear()) },
				locale);
	}

	String description(BudgetDataset document, Locale locale) {
		return messages.getMessage("opendata.dataset.description",
				new Object[] { title(document, locale), document.laoCode() }, locale);
	}

	String messages(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String title(Column column, Locale locale) {
		return messages.getMessage("opendata.column." + column.name(), null, locale);
	}

	private void write(Object value, OutputStream out) {
		try {
			json.writeValue(new NonClosing(out), value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Jackson closes the stream it writes to; the servlet container owns the response's. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
