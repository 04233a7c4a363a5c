package org.sujarit.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published copy of each document's table (see the migration {@code opendata_published_lines}). */
@Repository
class PublishedLineRepository {

	private static final int PLAN_CODE = column("plan_code");

	private static final int PLAN_NAME = column("plan_name");

	private static final int GROUP_CODE = column("budget_group_code");

	private static final int GROUP_NAME = column("budget_group_name");

	private static final int ITEM = column("item");

	private static final int AMOUNT = column("amount");

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PublishedLineRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Replaces the document's published table with these rows (in {@link BudgetOutputs#COLUMNS} order). */
	void replace(long documentId, List<List<Object>> rows) {
		jdbc.sql("delete from opendata_published_line where document_id = :id").param("id", documentId).update();
		int number = 0;
		for (List<Object> row : rows) {
			jdbc.sql("""
					insert into opendata_published_line (document_id, line_no, plan_code, plan_name, group_code,
					    group_name, item, amount, row_values)
					values (:document, :line, :planCode, :planName, :groupCode, :groupName, :item, :amount,
					    cast(:row as jsonb))
					""")
				.param("document", documentId)
				.param("line", ++number)
				.param("planCode", text(row.get(PLAN_CODE)))
				.param("planName", text(row.get(PLAN_NAME)))
				.param("groupCode", text(row.get(GROUP_CODE)))
				.param("groupName", text(row.get(GROUP_NAME)))
				.param("item", text(row.get(ITEM)))
				.param("amount", row.get(AMOUNT) instanceof BigDecimal amount ? amount : BigDecimal.ZERO)
				.param("row", write(row))
				.update();
		}
	}

	/** The published rows, in {@link BudgetOutputs#COLUMNS} order, with numbers as numbers. */
	List<List<Object>> rows(long documentId) {
		return jdbc.sql("select row_values::text from opendata_published_line where document_id = :id order by line_no")
			.param("id", documentId)
			.query((rs, n) -> read(rs.getString(1)))
			.list();
	}

	/** The published amounts of the documents summed by plan or by budget group, largest first. */
	List<PublishedTotal> totals(Collection<Long> documentIds, CodeList by) {
		String code = by == CodeList.PLAN ? "plan_code" : "group_code";
		String name = by == CodeList.PLAN ? "plan_name" : "group_name";
		return jdbc.sql("""
				select document_id, %1$s as code, %2$s as name, sum(amount) as amount
				from opendata_published_line
				where document_id = any(cast(:ids as bigint[]))
				group by document_id, %1$s, %2$s
				order by document_id, sum(amount) desc, %2$s
				""".formatted(code, name))
			.param("ids", documentIds.toArray(Long[]::new))
			.query((rs, n) -> new PublishedTotal(rs.getLong("document_id"), rs.getString("code"), rs.getString("name"),
					rs.getBigDecimal("amount")))
			.list();
	}

	private String write(List<Object> row) {
		try {
			return json.writeValueAsString(row);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Object> read(String text) {
		try {
			// amounts as written (250000.50): a double would round a 16-digit amount, a tree node drops zeros
			List<?> values = json.readerFor(List.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
			List<Object> row = new ArrayList<>(values.size());
			for (Object value : values) {
				row.add(value instanceof Integer small ? Long.valueOf(small) : value);
			}
			return row;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static int column(String name) {
		for (int i = 0; i < BudgetOutputs.COLUMNS.size(); i++) {
			if (BudgetOutputs.COLUMNS.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new IllegalStateException("No column " + name);
	}

}
