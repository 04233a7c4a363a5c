package org.sujarit.opendata.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.web.DomainException;

/**
 * One publication of a dataset at a time, across nodes: a lease row per dataset (its slug) with an owner
 * and an expiry, taken with {@code insert ... on conflict do update ... where expired} in a short
 * transaction of its own (committed at once, whatever transaction the caller is in), renewed between
 * portal steps and deleted at the end. No transaction or connection is held while the portals are talked
 * to; a node that dies mid-publication leaves a lease that expires after {@code lease-duration}.
 *
 * <p>A dataset leased by someone else is refused at once ({@code opendata.publish.busy}, 409) rather than
 * waited for: the person pressing Publish learns who is publishing it and since when, and the request
 * thread is never parked behind a slow portal. The same thread may take a lease it already holds
 * (publishing to several targets under one lease).
 */
@Component
class DatasetLeases {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ZoneId.of("Asia/Bangkok"));

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final Duration duration;

	private final ThreadLocal<Map<String, String>> held = ThreadLocal.withInitial(HashMap::new);

	DatasetLeases(JdbcClient jdbc, PlatformTransactionManager transactions, PublishProperties properties) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.duration = properties.leaseDuration();
	}

	/**
	 * Runs {@code work} holding the dataset's lease.
	 * @throws DomainException {@code opendata.publish.busy} when another publication holds it
	 */
	<T> T holding(String datasetKey, Supplier<T> work) {
		if (held.get().containsKey(datasetKey)) {
			return work.get();
		}
		String owner = UUID.randomUUID().toString();
		if (!acquire(datasetKey, owner)) {
			Lease other = lease(datasetKey).orElse(null);
			throw DomainException.conflict("opendata.publish.busy", datasetKey, other == null ? "" : other.holder(),
					other == null ? "" : CLOCK.format(other.acquiredAt()));
		}
		held.get().put(datasetKey, owner);
		try {
			return work.get();
		}
		finally {
			held.get().remove(datasetKey);
			if (held.get().isEmpty()) {
				held.remove();
			}
			own.executeWithoutResult(status -> jdbc
				.sql("delete from opendata_publish_lease where dataset_key = :key and owner = :owner")
				.param("key", datasetKey)
				.param("owner", owner)
				.update());
		}
	}

	/**
	 * Pushes the expiry of a lease this thread holds further out.
	 * @throws PublishProblem {@code opendata.publish.lease-lost} when it expired and someone else took it
	 */
	void renew(String datasetKey) {
		String owner = held.get().get(datasetKey);
		if (owner == null) {
			throw new PublishProblem("opendata.publish.lease-lost", datasetKey);
		}
		Integer renewed = own.execute(status -> jdbc.sql("""
				update opendata_publish_lease set expires_at = now() + cast(:duration as interval)
				where dataset_key = :key and owner = :owner
				""").param("key", datasetKey).param("owner", owner).param("duration", interval()).update());
		if (renewed == null || renewed == 0) {
			throw new PublishProblem("opendata.publish.lease-lost", datasetKey);
		}
	}

	Optional<Lease> lease(String datasetKey) {
		return jdbc.sql("select dataset_key, owner, holder, acquired_at, expires_at from opendata_publish_lease where dataset_key = :key")
			.param("key", datasetKey)
			.query((rs, n) -> new Lease(rs.getString("dataset_key"), rs.getString("owner"), rs.getString("holder"),
					rs.getTimestamp("acquired_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	private boolean acquire(String datasetKey, String owner) {
		Boolean taken = own.execute(status -> jdbc.sql("""
				insert into opendata_publish_lease (dataset_key, owner, holder, expires_at)
				values (:key, :owner, :holder, now() + cast(:duration as interval))
				on conflict (dataset_key) do update
				set owner = excluded.owner, holder = excluded.holder, acquired_at = now(),
				    expires_at = excluded.expires_at
				where opendata_publish_lease.expires_at < now()
				returning owner
				""")
			.param("key", datasetKey)
			.param("owner", owner)
			.param("holder", Actor.current())
			.param("duration", interval())
			.query(String.class)
			.optional()
			.isPresent());
		return Boolean.TRUE.equals(taken);
	}

	private String interval() {
		return duration.toMillis() + " milliseconds";
	}

	/** A dataset being published: by whom, since when, until when at the latest. */
	record Lease(String datasetKey, String owner, String holder, Instant acquiredAt, Instant expiresAt) {
	}

}
