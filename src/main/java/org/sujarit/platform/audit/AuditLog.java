package org.sujarit.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only, hash-chained audit log. Row changes to business tables are appended by database
 * triggers (see the platform migrations), so no code path can skip them; events that are not row
 * changes (sign-in, file download, export) are appended here.
 */
@Service
public class AuditLog {

	private static final String GENESIS = "0".repeat(64);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcClient jdbc;

	private final AuditAnchors anchors;

	AuditLog(JdbcClient jdbc, @Lazy AuditAnchors anchors) {
		this.jdbc = jdbc;
		this.anchors = anchors;
	}

	/** The newest entry. */
	public Optional<AuditEntry> head() {
		chainOwnStagedEntries();
		return jdbc.sql("""
				select seq, occurred_at, actor, action, entity, entity_id, before::text, after::text, hash
				from audit_log order by seq desc limit 1
				""").query(AuditLog::entry).optional();
	}

	/**
	 * Like {@link #record(String, String, String, String)}, with the detail given as names and values
	 * (strings, numbers, booleans, enums, nulls, nested maps and lists) and written as JSON, in that order.
	 */
	@Transactional
	public void recordDetail(String action, String entity, String entityId, Map<String, ?> detail) {
		try {
			record(action, entity, entityId, JSON.writeValueAsString(detail));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit detail that cannot be written as JSON: " + detail, ex);
		}
	}

	/**
	 * Appends an event that is not a row change; runs in the caller's transaction if there is one and,
	 * like row changes, joins the chain when that transaction commits.
	 */
	@Transactional
	public void record(String action, String entity, String entityId, String detailJson) {
		jdbc.sql("select audit_stage(:action, :entity, :entityId, null, cast(:detail as jsonb))")
			.param("action", action)
			.param("entity", entity)
			.param("entityId", entityId)
			.param("detail", detailJson)
			.query((rs, n) -> 1)
			.single();
	}

	/** Every entry about one record, oldest first. */
	public List<AuditEntry> history(String entity, String entityId) {
		chainOwnStagedEntries();
		return jdbc.sql("""
				select seq, occurred_at, actor, action, entity, entity_id, before::text, after::text, hash
				from audit_log
				where entity = :entity and entity_id = :entityId
				order by seq
				""").param("entity", entity).param("entityId", entityId).query(AuditLog::entry).list();
	}

	/**
	 * Who did what to one record and when, oldest first, without the before/after images (which grow
	 * with every save and which a record's history panel does not show).
	 */
	public List<AuditEvent> timeline(String entity, String entityId) {
		chainOwnStagedEntries();
		return jdbc.sql("""
				select seq, occurred_at, actor, action
				from audit_log
				where entity = :entity and entity_id = :entityId
				order by seq
				""").param("entity", entity)
			.param("entityId", entityId)
			.query(AuditLog::event)
			.list();
	}

	/**
	 * The newest {@code limit} entries of a record's {@link #timeline}, oldest first: a record's page shows
	 * these and links to the whole timeline, which grows with every save.
	 */
	public List<AuditEvent> recentTimeline(String entity, String entityId, int limit) {
		chainOwnStagedEntries();
		return jdbc.sql("""
				select seq, occurred_at, actor, action from (
				    select seq, occurred_at, actor, action
				    from audit_log
				    where entity = :entity and entity_id = :entityId
				    order by seq desc
				    limit :limit) newest
				order by seq
				""").param("entity", entity)
			.param("entityId", entityId)
			.param("limit", limit)
			.query(AuditLog::event)
			.list();
	}

	/** How many entries there are about one record. */
	public long count(String entity, String entityId) {
		chainOwnStagedEntries();
		return jdbc.sql("select count(*) from audit_log where entity = :entity and entity_id = :entityId")
			.param("entity", entity)
			.param("entityId", entityId)
			.query(Long.class)
			.single();
	}

	/** The newest entries, newest first, optionally only one actor's or one entity type's. */
	public List<AuditEntry> recent(String actor, String entity, int limit) {
		chainOwnStagedEntries();
		return jdbc.sql("""
				select seq, occurred_at, actor, action, entity, entity_id, before::text, after::text, hash
				from audit_log
				where (cast(:actor as text) is null or actor = :actor)
				  and (cast(:entity as text) is null or entity = :entity)
				order by seq desc
				limit :limit
				""").param("actor", blankToNull(actor)).param("entity", blankToNull(entity)).param("limit", limit)
			.query(AuditLog::entry)
			.list();
	}

	/**
	 * Re-walks the whole chain in order, recomputing every hash, and stops at the first entry that was
	 * altered, unlinked or is missing.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return verify(anchors);
	}

	/** Verifies the chain, then that every anchored entry is still there with the hash it had. */
	@Transactional(readOnly = true)
	ChainVerification verify(AuditAnchors anchorsToCheck) {
		ChainVerification chain = walk();
		if (!chain.intact()) {
			return chain;
		}
		long last = chain.entriesChecked();
		for (AuditAnchors.Anchor anchor : anchorsToCheck.read()) {
			if (anchor.seq() > last) {
				return ChainVerification.broken(last, last + 1, ChainVerification.Problem.ENTRY_MISSING);
			}
			String hash = jdbc.sql("select hash from audit_log where seq = :seq")
				.param("seq", anchor.seq())
				.query(String.class)
				.single();
			if (!hash.equals(anchor.hash())) {
				return ChainVerification.broken(anchor.seq() - 1, anchor.seq(), ChainVerification.Problem.CONTENT_ALTERED);
			}
		}
		return chain;
	}

	private ChainVerification walk() {
		chainOwnStagedEntries();
		AtomicReference<ChainVerification> broken = new AtomicReference<>();
		long[] checked = { 0 };
		long[] expectedSeq = { 1 };
		String[] previousHash = { GENESIS };
		jdbc.sql("""
				select seq, prev_hash, hash,
				       encode(sha256(convert_to(audit_canonical(seq, occurred_at, actor, action, entity,
				              entity_id, before, after, prev_hash), 'UTF8')), 'hex') as recomputed
				from audit_log
				order by seq
				""").query(row -> {
			if (broken.get() != null) {
				return;
			}
			long seq = row.getLong("seq");
			if (seq != expectedSeq[0]) {
				broken.set(ChainVerification.broken(checked[0], expectedSeq[0], ChainVerification.Problem.ENTRY_MISSING));
				return;
			}
			if (!row.getString("recomputed").equals(row.getString("hash"))) {
				broken.set(ChainVerification.broken(checked[0], seq, ChainVerification.Problem.CONTENT_ALTERED));
				return;
			}
			if (!previousHash[0].equals(row.getString("prev_hash"))) {
				broken.set(ChainVerification.broken(checked[0], seq, ChainVerification.Problem.LINK_BROKEN));
				return;
			}
			checked[0]++;
			expectedSeq[0]++;
			previousHash[0] = row.getString("hash");
		});
		return broken.get() != null ? broken.get() : ChainVerification.intact(checked[0], previousHash[0]);
	}

	/**
	 * Entries staged by the current read-write transaction join the chain at its commit; a reader inside
	 * that transaction would not see them yet, so they join now (the chain's lock is then held until the
	 * commit, as it is for every transaction that has reached its commit).
	 */
	private void chainOwnStagedEntries() {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			jdbc.sql("set constraints audit_pending_flush immediate").update();
			jdbc.sql("set constraints audit_pending_flush deferred").update();
		}
	}

	private static AuditEvent event(ResultSet rs, int rowNum) throws SQLException {
		return new AuditEvent(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"));
	}

	private static AuditEntry entry(ResultSet rs, int rowNum) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"), rs.getString("before"),
				rs.getString("after"), rs.getString("hash"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
