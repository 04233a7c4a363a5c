package org.sujarit.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.opendata.ingest.SourceLine.LineKind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Documents, lines, code lists and remembered column mappings (opendata_*). */
@Repository
class OpenDataRepository {

	/** A line to store: each field's text as read, and where it came from. */
	record NewLine(LineKind kind, Map<BudgetField, String> texts, String sheet, Integer row, Integer page,
			String sourceText) {
	}

	private static final String DOCUMENT = """
			select d.*, (select count(*) from opendata_line l where l.document_id = d.id) as line_count
			from opendata_document d
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	OpenDataRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// documents

	Optional<BudgetDocument> document(long id) {
		return jdbc.sql(DOCUMENT + " where d.id = :id").param("id", id).query(OpenDataRepository::document).optional();
	}

	Optional<BudgetDocument> document(long agencyId, int fiscalYear, DocumentType type) {
		return jdbc.sql(DOCUMENT + " where d.agency_id = :agency and d.fiscal_year = :fy and d.document_type = :type")
			.param("agency", agencyId)
			.param("fy", fiscalYear)
			.param("type", type.name())
			.query(OpenDataRepository::document)
			.optional();
	}

	/** Newest first; {@code agencyId} null for every agency. */
	List<BudgetDocument> documents(Long agencyId, int limit) {
		return jdbc.sql(DOCUMENT + """
				where (cast(:agency as bigint) is null or d.agency_id = :agency)
				order by d.fiscal_year desc, d.uploaded_at desc, d.id desc
				limit :limit
				""").param("agency", agencyId).param("limit", limit).query(OpenDataRepository::document).list();
	}

	/**
	 * Documents published at least once (their published table may be older than their lines), of one LAO,
	 * fiscal year and type where those are given.
	 */
	List<BudgetDocument> publishedDocuments(String laoCode, Integer fiscalYear, DocumentType type) {
		return jdbc.sql(DOCUMENT + """
				where d.published_at is not null
				  and (cast(:lao as text) is null or d.lao_code = :lao)
				  and (cast(:fy as int) is null or d.fiscal_year = :fy)
				  and (cast(:type as text) is null or d.document_type = :type)
				order by d.lao_code, d.fiscal_year desc, d.id
				""")
			.param("lao", laoCode)
			.param("fy", fiscalYear)
			.param("type", type == null ? null : type.name())
			.query(OpenDataRepository::document)
			.list();
	}

	List<BudgetDocument> documentsIn(DocumentState state) {
		return jdbc.sql(DOCUMENT + " where d.state = :state order by d.id")
			.param("state", state.name())
			.query(OpenDataRepository::document)
			.list();
	}

	long insertDocument(long agencyId, String laoCode, String laoName, int fiscalYear, DocumentType type,
			String by) {
		return jdbc.sql("""
				insert into opendata_document (agency_id, lao_code, lao_name_th, fiscal_year, document_type, state,
				    uploaded_by)
				values (:agency, :code, :name, :fy, :type, 'UPLOADED', :by)
				returning id
				""")
			.param("agency", agencyId)
			.param("code", laoCode)
			.param("name", laoName)
			.param("fy", fiscalYear)
			.param("type", type.name())
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** A new file for the document: its lines are gone, it must be read (and maybe mapped) and checked again. */
	void replaceFile(long id, String fileId, String fileName, String fileType, String by) {
		jdbc.sql("delete from opendata_line where document_id = :id").param("id", id).update();
		jdbc.sql("""
				update opendata_document
				set file_id = :file, file_name = :name, file_type = :type, layout = null, parse_notes = '[]',
				    out_of_date = out_of_date or state = 'PUBLISHED', state = 'UPLOADED', error_count = 0,
				    uploaded_at = now(), uploaded_by = :by, validated_at = null, version = version + 1
				where id = :id
				""")
			.param("id", id)
			.param("file", fileId)
			.param("name", fileName)
			.param("type", fileType)
			.param("by", by)
			.update();
	}

	void setRead(long id, String layout, List<BudgetChecks.ParseNote> notes) {
		jdbc.sql("""
				update opendata_document set layout = :layout, parse_notes = cast(:notes as jsonb), version = version + 1
				where id = :id
				""").param("id", id).param("layout", layout).param("notes", write(notes)).update();
	}

	List<BudgetChecks.ParseNote> parseNotes(long id) {
		String notes = jdbc.sql("select parse_notes::text from opendata_document where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		try {
			return json.readValue(notes, new TypeReference<List<BudgetChecks.ParseNote>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void setChecked(long id, DocumentState state, int errors) {
		jdbc.sql("""
				update opendata_document
				set state = :state, error_count = :errors, validated_at = now(), version = version + 1
				where id = :id
				""").param("id", id).param("state", state.name()).param("errors", errors).update();
	}

	/** A line was corrected: the document must be checked again (and republished, if it was published). */
	void setChanged(long id) {
		jdbc.sql("""
				update opendata_document
				set out_of_date = out_of_date or state = 'PUBLISHED', state = 'UPLOADED', version = version + 1
				where id = :id
				""").param("id", id).update();
	}

	void setPublished(long id) {
		jdbc.sql("""
				update opendata_document
				set state = 'PUBLISHED', out_of_date = false, published_at = now(), version = version + 1
				where id = :id
				""").param("id", id).update();
	}

	private static BudgetDocument document(ResultSet rs, int row) throws SQLException {
		return new BudgetDocument(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("lao_code"),
				rs.getString("lao_name_th"), rs.getInt("fiscal_year"), DocumentType.valueOf(rs.getString("document_type")),
				DocumentState.valueOf(rs.getString("state")), rs.getBoolean("out_of_date"), rs.getString("file_id"),
				rs.getString("file_name"), rs.getString("file_type"), rs.getString("layout"), rs.getInt("line_count"),
				rs.getInt("error_count"), instant(rs.getTimestamp("uploaded_at")), rs.getString("uploaded_by"),
				instant(rs.getTimestamp("validated_at")), instant(rs.getTimestamp("published_at")), rs.getInt("version"));
	}

	// lines

	/**
	 * Stores a document's lines with one statement (arrays unnested), not one per line: one plan and one
	 * round trip whatever the count. The audit trigger still records every line.
	 */
	void insertLines(long documentId, List<NewLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		List<BudgetField> texts = java.util.Arrays.stream(BudgetField.values())
			.filter(f -> f != BudgetField.ROW_TYPE && f != BudgetField.AMOUNT)
			.toList();
		int size = lines.size();
		Integer[] ordinals = new Integer[size];
		String[] kinds = new String[size];
		String[] sheets = new String[size];
		Integer[] rows = new Integer[size];
		Integer[] pages = new Integer[size];
		String[] sources = new String[size];
		String[] amountTexts = new String[size];
		String[] amounts = new String[size];
		String[][] fields = new String[texts.size()][size];
		for (int i = 0; i < size; i++) {
			NewLine line = lines.get(i);
			ordinals[i] = i + 1;
			kinds[i] = line.kind().name();
			sheets[i] = line.sheet();
			rows[i] = line.row();
			pages[i] = line.page();
			sources[i] = line.sourceText();
			amountTexts[i] = blankToNull(line.texts().get(BudgetField.AMOUNT));
			java.math.BigDecimal amount = BudgetChecks.storedAmount(line.texts().get(BudgetField.AMOUNT));
			amounts[i] = amount == null ? null : amount.toPlainString();
			for (int f = 0; f < texts.size(); f++) {
				fields[f][i] = blankToNull(line.texts().get(texts.get(f)));
			}
		}
		var statement = jdbc.sql("""
				insert into opendata_line (document_id, ordinal, kind, fiscal_year, lao_code, side, plan, work,
				    budget_group, category, expense_type, expense_code, item, amount_text, amount, sheet, source_row,
				    source_page, source_text)
				select :doc, l.ordinal, l.kind, l.fiscal_year, l.lao_code, l.side, l.plan, l.work, l.budget_group,
				    l.category, l.expense_type, l.expense_code, l.item, l.amount_text, l.amount, l.sheet, l.source_row,
				    l.source_page, l.source_text
				from unnest(cast(:ordinal as int[]), cast(:kind as text[]), cast(:fiscal_year as text[]),
				    cast(:lao_code as text[]), cast(:side as text[]), cast(:plan as text[]), cast(:work as text[]),
				    cast(:budget_group as text[]), cast(:category as text[]), cast(:expense_type as text[]),
				    cast(:expense_code as text[]), cast(:item as text[]), cast(:amount_text as text[]),
				    cast(:amount as numeric[]), cast(:sheet as text[]), cast(:row as int[]), cast(:page as int[]),
				    cast(:source as text[]))
				    as l(ordinal, kind, fiscal_year, lao_code, side, plan, work, budget_group, category, expense_type,
				         expense_code, item, amount_text, amount, sheet, source_row, source_page, source_text)
				order by l.ordinal
				""")
			.param("doc", documentId)
			.param("ordinal", ordinals)
			.param("kind", kinds)
			.param("amount_text", amountTexts)
			.param("amount", amounts)
			.param("sheet", sheets)
			.param("row", rows)
			.param("page", pages)
			.param("source", sources);
		for (int f = 0; f < texts.size(); f++) {
			statement = statement.param(texts.get(f).key(), fields[f]);
		}
		statement.update();
	}

	List<BudgetLine> lines(long documentId) {
		return jdbc.sql("select * from opendata_line where document_id = :doc order by ordinal")
			.param("doc", documentId)
			.query(OpenDataRepository::line)
			.list();
	}

	Optional<BudgetLine> line(long documentId, long lineId) {
		return jdbc.sql("select * from opendata_line where document_id = :doc and id = :id")
			.param("doc", documentId)
			.param("id", lineId)
			.query(OpenDataRepository::line)
			.optional();
	}

	/** @return rows changed: 0 when someone changed the line since {@code version} */
	int updateLine(long documentId, long lineId, int version, Map<BudgetField, String> texts) {
		return jdbc.sql("""
				update opendata_line
				set fiscal_year = :fiscal_year, lao_code = :lao_code, side = :side, plan = :plan, work = :work,
				    budget_group = :budget_group, category = :category, expense_type = :expense_type,
				    expense_code = :expense_code, item = :item, amount_text = :amount_text, amount = :amount,
				    version = version + 1
				where document_id = :doc and id = :id and version = :version
				""")
			.param("doc", documentId)
			.param("id", lineId)
			.param("version", version)
			.param("fiscal_year", blankToNull(texts.get(BudgetField.FISCAL_YEAR)))
			.param("lao_code", blankToNull(texts.get(BudgetField.LAO_CODE)))
			.param("side", blankToNull(texts.get(BudgetField.SIDE)))
			.param("plan", blankToNull(texts.get(BudgetField.PLAN)))
			.param("work", blankToNull(texts.get(BudgetField.WORK)))
			.param("budget_group", blankToNull(texts.get(BudgetField.BUDGET_GROUP)))
			.param("category", blankToNull(texts.get(BudgetField.CATEGORY)))
			.param("expense_type", blankToNull(texts.get(BudgetField.EXPENSE_TYPE)))
			.param("expense_code", blankToNull(texts.get(BudgetField.EXPENSE_CODE)))
			.param("item", blankToNull(texts.get(BudgetField.ITEM)))
			.param("amount_text", blankToNull(texts.get(BudgetField.AMOUNT)))
			.param("amount", BudgetChecks.storedAmount(texts.get(BudgetField.AMOUNT)))
			.update();
	}

	private static BudgetLine line(ResultSet rs, int row) throws SQLException {
		return new BudgetLine(rs.getLong("id"), rs.getInt("ordinal"), LineKind.valueOf(rs.getString("kind")),
				rs.getString("fiscal_year"), rs.getString("lao_code"), rs.getString("side"), rs.getString("plan"),
				rs.getString("work"), rs.getString("budget_group"), rs.getString("category"),
				rs.getString("expense_type"), rs.getString("expense_code"), rs.getString("item"),
				rs.getString("amount_text"), rs.getBigDecimal("amount"), rs.getString("sheet"),
				(Integer) rs.getObject("source_row"), (Integer) rs.getObject("source_page"), rs.getString("source_text"),
				rs.getInt("version"));
	}

	// code lists

	List<CodeEntry> codes() {
		return jdbc.sql("select * from opendata_code order by list, sort_order, code")
			.query((rs, n) -> new CodeEntry(rs.getLong("id"), CodeList.valueOf(rs.getString("list")), rs.getString("code"),
					rs.getString("name_th"), rs.getString("name_en"), rs.getString("parent"), rs.getString("dla_code"),
					rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version")))
			.list();
	}

	/** @return rows changed: 0 when someone changed the code since {@code version} */
	int updateCode(long id, int version, String nameTh, String nameEn, String parent, String dlaCode, int sortOrder,
			boolean active) {
		return jdbc.sql("""
				update opendata_code
				set name_th = :th, name_en = :en, parent = :parent, dla_code = :dla, sort_order = :sort,
				    active = :active, version = version + 1, updated_at = now()
				where id = :id and version = :version
				""")
			.param("id", id)
			.param("version", version)
			.param("th", nameTh)
			.param("en", nameEn)
			.param("parent", blankToNull(parent))
			.param("dla", blankToNull(dlaCode))
			.param("sort", sortOrder)
			.param("active", active)
			.update();
	}

	boolean codeExists(CodeList list, String code) {
		return jdbc.sql("select count(*) from opendata_code where list = :list and code = :code")
			.param("list", list.name())
			.param("code", code)
			.query(Integer.class)
			.single() > 0;
	}

	long insertCode(CodeList list, String code, String nameTh, String nameEn, String parent, String dlaCode,
			int sortOrder) {
		return jdbc.sql("""
				insert into opendata_code (list, code, name_th, name_en, parent, dla_code, sort_order)
				values (:list, :code, :th, :en, :parent, :dla, :sort)
				returning id
				""")
			.param("list", list.name())
			.param("code", code)
			.param("th", nameTh)
			.param("en", nameEn)
			.param("parent", blankToNull(parent))
			.param("dla", blankToNull(dlaCode))
			.param("sort", sortOrder)
			.query(Long.class)
			.single();
	}

	// column mappings

	Map<BudgetField, String> mapping(long agencyId) {
		Optional<String> stored = jdbc.sql("select mapping::text from opendata_column_mapping where agency_id = :agency")
			.param("agency", agencyId)
			.query(String.class)
			.optional();
		Map<BudgetField, String> mapping = new EnumMap<>(BudgetField.class);
		if (stored.isPresent()) {
			try {
				Map<String, String> keys = json.readValue(stored.get(), new TypeReference<Map<String, String>>() {
				});
				keys.forEach((key, header) -> BudgetField.ofKey(key).ifPresent(f -> mapping.put(f, header)));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return mapping;
	}

	void saveMapping(long agencyId, Map<BudgetField, String> mapping) {
		Map<String, String> keys = new java.util.TreeMap<>();
		mapping.forEach((field, header) -> keys.put(field.key(), header));
		jdbc.sql("""
				insert into opendata_column_mapping (agency_id, mapping) values (:agency, cast(:mapping as jsonb))
				on conflict (agency_id) do update
				set mapping = excluded.mapping, version = opendata_column_mapping.version + 1, updated_at = now()
				""").param("agency", agencyId).param("mapping", write(keys)).update();
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
