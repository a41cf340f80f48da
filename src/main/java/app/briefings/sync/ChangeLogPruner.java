package app.briefings.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Deletes change log entries older than the retention, on a timer. It first raises the
 * pruned mark over them, so that a token from before them fails with
 * {@code SYNC_TOKEN_EXPIRED} instead of silently missing them. A TTL index would delete
 * entries without raising the mark (and the embedded server does not expire them at all).
 */
class ChangeLogPruner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLogPruner.class);

	private final MongoOperations mongo;

	private final SequenceReservations sequences;

	private final Clock clock;

	private final Duration retention;

	private final Duration interval;

	private @Nullable ScheduledExecutorService timer;

	ChangeLogPruner(MongoOperations mongo, SequenceReservations sequences, Clock clock, SyncProperties properties) {
		this.mongo = mongo;
		this.sequences = sequences;
		this.clock = clock;
		this.retention = properties.retention();
		this.interval = properties.pruneInterval();
	}

	/**
	 * Deletes the entries past the retention.
	 * @return how many were deleted
	 */
	long prune() {
		Instant cutoff = this.clock.instant().minus(this.retention);
		Query expired = new Query(
				Criteria.where(ChangeLogFields.CHANGED_AT).lt(cutoff).and(ChangeLogFields.FILLED).exists(false))
			.with(Sort.by(Sort.Direction.DESC, ChangeLogFields.SEQUENCE))
			.limit(1);
		ChangeEntry newestExpired = this.mongo.findOne(expired, ChangeEntry.class);
		if (newestExpired == null) {
			return 0;
		}
		this.sequences.prunedThrough(newestExpired.sequence());
		return this.mongo
			.remove(new Query(Criteria.where(ChangeLogFields.SEQUENCE).lte(newestExpired.sequence())),
					ChangeEntry.class)
			.getDeletedCount();
	}

	private void pruneLogged() {
		try {
			long deleted = prune();
			if (deleted > 0) {
				logger.info("Deleted {} briefing changes older than {}", deleted, this.retention);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not prune the briefing change log: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors
			.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("sync-prune-"));
		long period = this.interval.toMillis();
		scheduler.scheduleWithFixedDelay(this::pruneLogged, period, period, TimeUnit.MILLISECONDS);
		this.timer = scheduler;
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.timer;
		if (scheduler != null) {
			scheduler.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

}
